"""One link written as text, the same in `kg show`, `kg views path` and the pages' edge titles.

>>> fact("Pakistan", "callsFor", "human trafficking", object_type="Issue")
'Pakistan —callsFor→ action on human trafficking'
>>> fact("Kenya", "partnersWith", "Uganda", symmetric=True)
'Kenya —partnersWith— Uganda'
"""

from __future__ import annotations


def fact(
    subject: str,
    predicate: str,
    obj: str,
    *,
    object_type: str | None = None,
    symmetric: bool = False,
    backward: bool = False,
) -> str:
    """``subject —predicate→ object``; a call about an issue is a call for action on it
    ("Pakistan —callsFor→ human trafficking" reads as the opposite of what the text says).
    ``backward`` writes the object first, as a path that walks the link against its direction."""
    if predicate == "callsFor" and object_type == "Issue":
        obj = f"action on {obj}"
    if symmetric:
        return f"{subject} —{predicate}— {obj}"
    if backward:
        return f"{obj} ←{predicate}— {subject}"
    return f"{subject} —{predicate}→ {obj}"
