"""Realistic sample data for demo mode, so an advocate can show the app without real data.

Invented people and places only. Written in the survivor's own voice, as the app intends.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.goals import GoalArea, GoalStatus
from survivor_vault.model.permissions import Section
from survivor_vault.model.services import Choice
from survivor_vault.model.sharing_history import SharedItem
from survivor_vault.storage.sha256 import Sha256

DEMO_PASSPHRASE = "demo"


def fill(vault) -> None:
    """Add sample goals, service choices, about-me and people to an unlocked vault."""
    today = date.today()
    goals = vault.goals
    g = goals.add("Find my own flat", why="I want a quiet place that is mine, close to my sister.",
                  area=GoalArea.HOUSING, target_date=today + timedelta(days=120),
                  steps=["Ask the housing office about the waiting list", "Open a bank account",
                         "Save for a deposit", "Visit two flats"])
    goals.update_step(g.steps[0].id, done=True)
    g = goals.add("Start an English course", why="So I can talk to doctors and teachers myself.",
                  area=GoalArea.LEARNING, steps=["Find evening classes", "Ask about childcare", "Enrol"])
    goals.update_step(g.steps[0].id, done=True)
    goals.update_step(g.steps[1].id, done=True)
    goals.add("Sleep better", area=GoalArea.HEALTH, notes="Walking in the evening helps.",
              steps=["Talk to the doctor", "Try the breathing exercise"])
    g = goals.add("Get my ID card renewed", area=GoalArea.LEGAL, steps=["Book appointment", "Bring photos"])
    for step in g.steps:  # a goal that is done has its steps done too
        goals.update_step(step.id, done=True)
    goals.update(g.id, status=GoalStatus.DONE)
    goals.add("Help at the women's group", area=GoalArea.LEADERSHIP, why="I want to give back one day.")
    g = goals.add("Learn to drive", area=GoalArea.WORK)
    goals.update(g.id, status=GoalStatus.PAUSED)

    kinds = {k.key: k for k in vault.services.kinds()}
    services = vault.services
    services.add_choice(kinds["housing"].id, Choice.USING, provider="Safe Homes Project", contact="Mon–Fri 9–5",
                        feedback_working="They explain every letter to me.",
                        feedback_not_working="Appointments are far away.")
    services.add_choice(kinds["mental_health"].id, Choice.INTERESTED, provider="Open Door Counselling",
                        notes="A woman counsellor, please.")
    services.add_choice(kinds["legal"].id, Choice.USING, provider="Community Law Centre")
    services.add_choice(kinds["substance_use"].id, Choice.DECLINED)
    services.add_choice(kinds["employment"].id, Choice.NOT_RIGHT_NOW, notes="After the course.")
    services.add_choice(kinds["interpretation"].id, Choice.FINISHED, provider="City Interpreters")
    own = services.add_kind("Sewing group", description="Thursday afternoons at the library")
    services.add_choice(own.id, Choice.USING, feedback_working="I feel calm there.")

    vault.about_me.save(AboutMe(
        preferred_name="Mira", pronouns="she/her", languages="Romanian, some English",
        contact_ways="Text message first, please. Do not leave voicemails.",
        contact_times="Weekdays after 10 am", accessibility="I read better than I listen on the phone.",
        strengths="I am good with children. I cook for big groups. I do not give up.",
        want_providers_to_know="Please ask before you touch my arm. I prefer women staff when possible."))

    ana = vault.people.add("Ana Costa", organisation="Safe Homes Project", role="Housing worker",
                           contact="ana@example.org")
    lee = vault.people.add("Dr Lee", organisation="Riverside Clinic", role="Doctor")
    sam = vault.people.add("Sam", organisation="Community Law Centre", role="Advocate", contact="0100 000 000")
    _sample_history(vault, today, ana, lee, sam)
    _sample_papers_and_dates(vault, today)


def _sample_papers_and_dates(vault, today: date) -> None:
    """Invented papers (each says DEMO on it) and dates: one paper running out soon, a hearing next week."""
    from survivor_vault.core.demo_papers import demo_card_png, demo_pdf
    from survivor_vault.model.dates import DateKind
    from survivor_vault.model.papers import PaperKind

    papers = vault.papers
    permit = papers.add_bytes(
        demo_pdf(["Residence permit (invented for the demo)", "Name: Mira Example", "Number: DEMO-0000-0000",
                  f"Valid until: {(today + timedelta(days=40)).isoformat()}"]),
        "residence-permit.pdf", title="Residence permit", kind=PaperKind.IMMIGRATION.value,
        issued=today - timedelta(days=325), expires=today + timedelta(days=40), remind=60)
    papers.add_bytes(demo_card_png(), "id-card.png", title="ID card (photo)", kind=PaperKind.ID.value,
                     issued=today - timedelta(days=900), expires=today + timedelta(days=930), remind=90)
    papers.add_bytes(demo_pdf(["Letter from the housing office (invented)", "Your application is received.",
                               "We will write again within 8 weeks."]),
                     "housing-letter.pdf", title="Housing office letter", kind=PaperKind.HOUSING.value,
                     issued=today - timedelta(days=20), notes="They said to keep this letter.")
    papers.add_bytes(demo_card_png(colour=(150, 90, 120)), "clinic-card.png", title="Clinic card",
                     kind="Health card")
    dates = vault.dates
    dates.add("Court hearing", today + timedelta(days=6), kind=DateKind.HEARING, remind=7,
              notes="Sam from the law centre comes with me.")
    dates.add("Doctor's appointment", today + timedelta(days=18), kind=DateKind.APPOINTMENT, remind=2)
    dates.add("Renew the residence permit", today + timedelta(days=30), kind=DateKind.RENEWAL, remind=14,
              paper_id=permit.id)


def _sample_history(vault, today: date, ana, lee, sam) -> None:
    """Three packets, as if made earlier: one still open, one ended, one withdrawn (no file behind them)."""
    about = [SharedItem(Section.ABOUT_ME, "preferred_name", Sha256(b"Mira").hexdigest()),
             SharedItem(Section.ABOUT_ME, "languages", Sha256(b"Romanian, some English").hexdigest())]
    made = datetime.combine(today, time(10, 0), UTC)
    for person, days_ago, days_open, purpose in (
            (sam, 75, 30, "Help with my residence papers"), (lee, 40, 60, "First appointment"),
            (ana, 12, 90, "Housing application")):
        record = vault.history.add(
            recipient_name=person.name, recipient_organisation=person.organisation, purpose=purpose,
            packet_id=f"demo-{person.id}", packet_sha256=Sha256(purpose.encode()).hexdigest(), items=about,
            person_id=person.id, end_date=today - timedelta(days=days_ago - days_open),
            made_at=made - timedelta(days=days_ago))
        if person is lee:
            vault.history.withdraw(record.id, "")


def create_demo_vault(path):
    """A new vault at `path` with the sample data, its passphrase DEMO_PASSPHRASE. Its key is derived at the
    floor cost: a demo holds only invented data, and opens at once."""
    from survivor_vault.core.vault import Vault
    from survivor_vault.storage.key_slots import FLOOR_SETTINGS

    vault = Vault.create(path, DEMO_PASSPHRASE, kdf=FLOOR_SETTINGS)
    fill(vault)
    return vault
