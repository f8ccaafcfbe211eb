"""Does where the person lives change a call-time answer? Asked only when it does.

A call on 26 December is an ordinary day in Paris and a public holiday in Moselle and Alsace; 20 December is
one in La Réunion. When the person did not say where they live and the day is a holiday somewhere the
mainland answer does not cover, the dialogue says so and invites them to give their town, instead of asking
everyone where they live. Pure: the holiday calendars come from knowledge/calltime.py.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from knowledge import calltime

__all__ = ["HolidayElsewhere", "holidays_elsewhere"]


class HolidayElsewhere(BaseModel):
    model_config = ConfigDict(frozen=True)

    territory: str  # "Moselle", "La Réunion"
    holiday: str  # "Saint-Étienne", "Abolition de l'esclavage"


def holidays_elsewhere(day: date) -> list[HolidayElsewhere]:
    """The territories where ``day`` is a public holiday although it is not one in mainland France."""
    facts = calltime.load()
    if facts.holiday(day, facts.data.mainland) is not None:
        return []
    found: list[HolidayElsewhere] = []
    for territory in facts.data.territory:
        holiday = facts.holiday(day, territory)
        if holiday is not None:
            found.append(HolidayElsewhere(territory=territory.name, holiday=holiday.name))
    return found
