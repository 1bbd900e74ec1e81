"""The names a question's choices carry in one attempt's page: random tokens.

A page that names or values its inputs by database ids leaks the key: ids follow the
order in which the author typed the choices, so sorting them gives the right order of
an ordering question and, often, the right answer of a single choice. Each attempt
therefore draws its own opaque token per choice; only the server maps tokens back.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

#: Bits of randomness per token (12 hexadecimal digits).
TOKEN_BITS = 48


class ChoiceKeys:
    """A two-way mapping between one attempt's choice tokens and the choice ids."""

    def __init__(self, pairs: Iterable[tuple[str, int]]):
        self._ids = {str(token): int(choice_id) for token, choice_id in pairs}
        self._tokens = {choice_id: token for token, choice_id in self._ids.items()}

    @classmethod
    def fresh(cls, choice_ids: Iterable[int], rng: random.Random) -> ChoiceKeys:
        """New tokens for these choices, unique within the question."""
        pairs: dict[str, int] = {}
        for choice_id in choice_ids:
            token = f"{rng.getrandbits(TOKEN_BITS):012x}"
            while token in pairs:
                token = f"{rng.getrandbits(TOKEN_BITS):012x}"
            pairs[token] = choice_id
        return cls(pairs.items())

    def token(self, choice_id: int) -> str:
        return self._tokens[choice_id]

    def choice_id(self, token) -> int | None:
        """The choice a posted token names; ``None`` for anything else."""
        return self._ids.get(str(token)) if token is not None else None

    def tokens_in(self, choice_ids: Iterable[int]) -> list[str]:
        return [self._tokens[i] for i in choice_ids if i in self._tokens]

    def __contains__(self, token) -> bool:
        return str(token) in self._ids
