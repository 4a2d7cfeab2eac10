"""About me: what the survivor chooses to say about themselves. All optional."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class AboutMe:
    preferred_name: str = ""
    pronouns: str = ""
    languages: str = ""
    contact_ways: str = ""  # safe ways to contact me
    contact_times: str = ""  # safe times to contact me
    accessibility: str = ""
    strengths: str = ""
    want_providers_to_know: str = ""

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in self.field_names())
