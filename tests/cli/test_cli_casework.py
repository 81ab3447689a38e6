"""`request link|unlink|processings` and `tasks` from the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from dpo_workbench.core.rights import Channel, Relation, Right
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.services.tasks import NewTask
from tests.letters.conftest import with_demo_register


@pytest.fixture
def folder(data_dir, clock):
    """The demo register and a prospect's request (DSR-2026-0001), received on 2 November 2026."""
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    with_demo_register(wb)
    reference = wb.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=date(2026, 11, 2), requester_name="Anne Testeuse",
        requester_email="anne@example.org", relation=Relation.PROSPECT))
    wb.close()
    return reference


def test_link_unlink_replace_and_show(run, folder):
    code, out, _ = run("request", "processings", folder)
    assert code == 0 and "No processing linked yet." in out and "suggested  TRT-003" in out
    assert f"request link {folder} --suggested" in out
    code, out, _ = run("request", "link", folder, "--suggested")
    assert code == 0 and "linked TRT-003, TRT-004, TRT-005, TRT-006" in out
    code, out, _ = run("request", "link", folder, "trt-001")
    assert code == 0 and "processings linked: TRT-001, TRT-003, TRT-004, TRT-005, TRT-006" in out
    code, out, _ = run("request", "unlink", folder, "TRT-004", "TRT-005")
    assert code == 0 and "processings linked: TRT-001, TRT-003, TRT-006" in out
    code, out, _ = run("request", "link", folder, "TRT-002", "TRT-003", "--replace")
    assert code == 0 and "linked TRT-002; unlinked TRT-001, TRT-006" in out
    code, out, _ = run("request", "processings", folder, "--format", "json")
    shown = json.loads(out)
    assert [p["reference"] for p in shown["linked"]] == ["TRT-002", "TRT-003"]
    assert [(p["origin"], p["suggested"]) for p in shown["linked"]] == [("added", False), ("suggested", True)]


def test_bad_links_exit_2_and_change_nothing(run, folder):
    for args, words in [(("link", folder), "--suggested"), (("link", folder, "TRT-999"), "No processing TRT-999"),
                        (("link", folder, "SST-001"), "processor register"),
                        (("unlink", folder, "TRT-001"), "not linked"),
                        (("link", folder, "TRT-001", "--replace", "--suggested"), "--replace"),
                        (("link", "DSR-2026-0999", "TRT-001"), "No request")]:
        code, out, err = run("request", *args)
        assert code == 2 and words in err and out == "", args
    code, out, _ = run("request", "processings", folder, "--format", "json")
    assert json.loads(out)["linked"] == []


def test_tasks_lists_the_awaited_and_the_overdue(run, folder, data_dir):
    """The command runs on the real clock: the tasks are asked ten days ago, one due the next day."""
    from dpo_workbench.core.clock import FixedClock
    from dpo_workbench.workbench import Workbench

    code, out, _ = run("tasks")
    assert code == 0 and out == "No internal data request awaited.\n"
    then = datetime.now(UTC) - timedelta(days=10)
    wb = Workbench.open(data_dir, clock=FixedClock(then), actor="dpo-test")
    reference = wb.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=wb.today() - timedelta(days=2),
        requester_name="Anne Testeuse", requester_email="anne@example.org", relation=Relation.PROSPECT))
    wb.links.link(reference, ["TRT-003", "TRT-005"])
    ids = {p.department: p.department_id for p in wb.tasks.proposals(reference)}
    wb.tasks.ask(reference, [NewTask(ids["Marketing"], ["extraction"], due_on=wb.today() + timedelta(days=1)),
                             NewTask(ids["Informatique"], ["extraction"])])
    wb.close()
    code, out, _ = run("tasks")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3 and lines[1].startswith(reference) and "Marketing" in lines[1]
    assert "9d" in lines[1] and "Anne" not in out
    code, out, _ = run("tasks", "--overdue", "--format", "json")
    [row] = json.loads(out)
    assert (row["department"], row["asked"], row["days_late"]) == ("Marketing", ["extraction"], 9)
