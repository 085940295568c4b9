"""Acting on replies: the decisions of ``core.actions`` applied in the store.

1. :class:`Actor` is called by ``inbox.handling.handle_message`` inside the reply's own
   transaction: the chase paused or stopped, the tasks opened, the duplicate queued.
2. :func:`follow_up` runs at every tick, before planning: tasks of settled invoices closed,
   broken promises answered with the firmer email and a call.
"""

from __future__ import annotations

from relancebot.acting.followup import FollowUpReport, follow_up
from relancebot.acting.reply import Actor, act_on_reply

__all__ = ["Actor", "FollowUpReport", "act_on_reply", "follow_up"]
