"""The shape of every long job (made on the UI thread, run on a worker, finished on the UI thread): see jobs.py."""

from __future__ import annotations

from typing import Any


class Job:
    def run(self) -> Any:
        raise NotImplementedError

    def finish(self, result: Any) -> Any:
        return result

    def abandon(self, result: Any) -> None:
        """Nobody is waiting for `result`: let nothing be left open or half-done."""

    def run_here(self) -> Any:
        return self.finish(self.run())
