"""Every change to a workshop, as a named operation returning :class:`app.changes.Changes`.

The UI, the command line, the phone server and the tests all call these; each
validates its input, runs in one transaction and can be undone through
``Changes.inverse``.
"""

from app.journal import restore
from app.operations.actions import remove_action, set_action
from app.operations.board import (
    add_idea,
    add_to_cluster,
    create_cluster,
    delete_ideas,
    dissolve_cluster,
    drop_on_board,
    drop_on_note,
    drop_on_theme,
    edit_idea,
    move_cluster,
    move_ideas,
    move_theme_in_order,
    ordered_themes,
    remove_from_cluster,
    remove_idea_tag,
    rename_cluster,
    set_idea_group,
    set_idea_tags,
)
from app.operations.deck import draw_card
from app.operations.people import (
    add_participants,
    add_table_group,
    assign_role,
    deal_roles,
    parse_participant_lines,
    remove_participant,
    update_participant,
)
from app.operations.questions import (
    add_candidate_question,
    choose_candidate_question,
    discard_candidate_question,
    restore_candidate_question,
    score_candidate_question,
)
from app.operations.voting import (
    TallyCount,
    abstain,
    cast_ballot,
    close_round,
    delete_round,
    enter_tally,
    open_round,
    reopen_round,
    reveal_round,
)
from app.operations.workshops import (
    add_sample,
    create_workshop,
    delete_workshop,
    duplicate_workshop,
    set_current_phase,
    update_workshop,
)

__all__ = [
    "TallyCount",
    "abstain",
    "cast_ballot",
    "close_round",
    "delete_round",
    "enter_tally",
    "open_round",
    "reopen_round",
    "reveal_round",
    "add_candidate_question",
    "choose_candidate_question",
    "discard_candidate_question",
    "restore_candidate_question",
    "score_candidate_question",
    "draw_card",
    "add_idea",
    "add_participants",
    "add_sample",
    "add_table_group",
    "add_to_cluster",
    "assign_role",
    "create_cluster",
    "create_workshop",
    "deal_roles",
    "delete_ideas",
    "delete_workshop",
    "dissolve_cluster",
    "drop_on_board",
    "drop_on_note",
    "drop_on_theme",
    "duplicate_workshop",
    "edit_idea",
    "move_cluster",
    "move_theme_in_order",
    "move_ideas",
    "parse_participant_lines",
    "remove_action",
    "ordered_themes",
    "remove_from_cluster",
    "remove_idea_tag",
    "remove_participant",
    "rename_cluster",
    "restore",
    "set_action",
    "set_current_phase",
    "set_idea_group",
    "set_idea_tags",
    "update_participant",
    "update_workshop",
]
