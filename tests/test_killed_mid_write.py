"""A process killed at any moment loses nothing it had acknowledged, and leaves a healthy vault."""

import os
import random
import signal
import subprocess
import sys

import pytest

from survivor_vault.core.vault import Vault
from tests.conftest import PASSPHRASE, make_vault

ROUNDS = int(os.environ.get("SVAULT_KILL_ROUNDS", "20"))

WRITER = r"""
import sys
from survivor_vault.core.vault import Vault
from survivor_vault.model.services import Choice
vault = Vault.unlock(sys.argv[1], sys.argv[2])
kind = vault.services.kinds()[0].id
i = 0
while True:
    i += 1
    if i % 3 == 0:
        c = vault.services.add_choice(kind, Choice.USING, provider=f"provider {i}")
        print(f"choice {c.id}", flush=True)
    else:
        g = vault.goals.add(f"goal {i}", notes="n" * (i % 500), steps=[f"s{i}a", f"s{i}b"])
        print(f"goal {g.id}", flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_random_moments(tmp_path):
    vault_dir = tmp_path / "vault"
    make_vault(vault_dir).lock()
    acknowledged = {"goal": set(), "choice": set()}
    for round_no in range(ROUNDS):
        rng = random.Random(round_no)  # reproducible: a failing round can be replayed
        wait_for = rng.randint(1, 60)
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(vault_dir), PASSPHRASE],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            for _ in range(wait_for):
                line = child.stdout.readline()
                if not line:
                    pytest.fail(f"writer died early: {child.stderr.read()}")
                kind, ident = line.split()
                acknowledged[kind].add(int(ident))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            # Lines the writer printed before dying were acknowledged too.
            for line in child.stdout.read().splitlines():
                parts = line.split()
                if len(parts) == 2:
                    acknowledged[parts[0]].add(int(parts[1]))
            child.stdout.close()
            child.stderr.close()
        with Vault.unlock(vault_dir, PASSPHRASE) as vault:
            goals = {g.id: g for g in vault.goals.list()}
            missing = acknowledged["goal"] - goals.keys()
            assert not missing, f"round {round_no}: lost goals {sorted(missing)}"
            for gid in acknowledged["goal"]:
                assert len(goals[gid].steps) == 2  # a goal and its steps land together
            choices = {c.id for c in vault.services.choices()}
            assert acknowledged["choice"] <= choices, f"round {round_no}"
            assert vault.check().ok, f"round {round_no}: {vault.check().problems}"
    assert sum(len(v) for v in acknowledged.values()) >= ROUNDS
