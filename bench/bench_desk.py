"""The facilitator's desk: start-up and opening a big workshop.

Start-up is measured in fresh child processes (imports are the cost), from launching
the process to (a) the start window shown and (b) the workshop list filled, beside a
bare PySide6 window started the same way in the same run — the floor no Qt app can
beat on this machine. Targets: the window within 1.5× the bare window, the list within
4× (SQLAlchemy alone takes about 0.35 s to import, so it must come after the window).

Opening a workshop: building the workshop window (board included) for a workshop of
2,000 notes and showing it; target under 0.5 s. And the scale benchmark's huge
workshop (10,000 ideas, 200 participants, five revealed rounds, three of them dot
votes over every idea): under 2 s, four times the time for five times the notes.

The projector's room view of the 2,000-note workshop (``python -m bench.bench_desk
room``): a frame at 1920×1080 painted under 16 ms (one frame at 60 Hz), and the view
brought up to date after one more note is captured under 100 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import Figure, median_ms

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

# Both children note the moment the window first paints (its first frame on screen).
PAINTED = """
import time
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint
        self.done = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("shown", time.time(), flush=True)
            self.on_paint()
        return False
"""

BARE = PAINTED + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Samskab"))
window.resize(1100, 700)
watcher = FirstPaint(lambda: QTimer.singleShot(0, app.quit))
window.installEventFilter(watcher)
window.show()
app.exec()
"""

DESK = PAINTED + """
import sys
from PySide6.QtCore import QTimer
from ui.application import build
app, desk = build(["samskab", "--library", sys.argv[1]])
watcher = FirstPaint(lambda: None)
desk.start_window.installEventFilter(watcher)
desk.start_window.update()

def filled():
    print("filled", time.time(), flush=True)
    QTimer.singleShot(0, app.quit)

desk.library_did_open.connect(filled)
app.exec()
"""


def _child(code: str, *args: str, pycache: str | None = None) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; seconds from launch to each printed mark.

    ``pycache`` is a folder for compiled bytecode shared by the runs (see ``run``).
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = pycache
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        env["SAMSKAB_SETTINGS"] = str(Path(folder) / "settings.ini")
        start = time.time()
        result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60, check=True)
    marks = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if stamp:
            marks[name] = float(stamp) - start
    return marks


def _library_with_workshop(path: Path, notes: int) -> tuple[object, object]:
    """A library holding one workshop with ``notes`` ideas in clusters, made in one
    transaction (the bench measures opening, not capturing)."""
    from app import operations
    from app.library import open_library
    from app.model import Cluster, Idea
    from ui import catalog

    library = open_library(path)
    template = catalog.templates()["innovationsloopet"]
    workshop_id = operations.create_workshop(
        library, template, title="Stor workshop", table_groups=[f"Bord {n}" for n in range(1, 9)],
    ).subject
    with library.operation("bench_fill", workshop_id) as session:
        from sqlalchemy import select

        from app.model import Phase, TableGroup

        groups = list(session.scalars(select(TableGroup.id).where(TableGroup.workshop_id == workshop_id)))
        phase = session.scalars(select(Phase.id).where(Phase.workshop_id == workshop_id)).first()
        clusters = []
        for index in range(20):
            cluster = Cluster(id=library.new_id(), workshop_id=workshop_id, title=f"Tema {index + 1}",
                              x=(index % 5) * 2200.0, y=(index // 5) * 1800.0, width=2100.0, height=1700.0)
            session.add(cluster)
            clusters.append(cluster)
        for number in range(1, notes + 1):
            cluster = clusters[number % len(clusters)]
            slot = number // len(clusters)
            session.add(Idea(
                id=library.new_id(), workshop_id=workshop_id, number=number,
                text=f"Idé nummer {number}: lad borgerne booke tid digitalt og få svar samme dag",
                phase_id=phase, table_group_id=groups[number % len(groups)], cluster_id=cluster.id,
                x=cluster.x + 20 + (slot % 10) * 200.0, y=cluster.y + 60 + (slot // 10) * 140.0, tags=[],
            ))
    return library, workshop_id


def _big_library(path: Path) -> tuple[object, object]:
    """The scale benchmark's huge workshop: 10,000 ideas, 200 participants and five
    revealed rounds (three dot votes over every idea)."""
    from app.library import open_library
    from bench.bench_scale import BIG_IDEAS, BIG_PEOPLE, _big_workshop

    library = open_library(path)
    return library, _big_workshop(library, BIG_IDEAS, BIG_PEOPLE)


def _open_workshop_ms(notes: int = 0) -> float:
    """Median time to open the workshop window on a workshop of ``notes`` notes in
    themes (0: the scale benchmark's huge workshop with votes), until painted."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from ui.controller import Controller
    from ui.desk.window import WorkshopWindow
    from ui.settings import Settings
    from ui.theme import apply_theme

    apply_theme(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        library, workshop_id = _library_with_workshop(path, notes) if notes else _big_library(path)
        settings = Settings(Path(folder) / "settings.ini")
        controller = Controller(library, "da")  # type: ignore[arg-type]
        windows = []

        def open_window() -> None:
            window = WorkshopWindow(controller, workshop_id, settings)  # type: ignore[arg-type]
            window.show()
            QApplication.processEvents()
            windows.append(window)

        try:
            return median_ms(open_window, repeat=RUNS, warmup=1)
        finally:
            for window in windows:
                window.close()
                window.deleteLater()
            QApplication.processEvents()
            library.close()  # type: ignore[attr-defined]


def room(notes: int = 2000) -> list[Figure]:
    """The projector's room view of a ``notes``-note workshop at 1920×1080: one frame
    painted (only the page shown is made of widgets, so a frame costs the same at any
    size of board), and the work after capturing one more note (the new note read, the
    pages laid out again from cached measurements)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from app import operations
    from ui.controller import Controller
    from ui.desk.window import WorkshopWindow
    from ui.settings import Settings
    from ui.theme import apply_theme

    apply_theme(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        library, workshop_id = _library_with_workshop(Path(folder) / "room.sqlite3", notes)
        controller = Controller(library, "da")  # type: ignore[arg-type]
        window = WorkshopWindow(controller, workshop_id, Settings(Path(folder) / "settings.ini"))  # type: ignore[arg-type]
        try:
            window.show()
            projector = window.ensure_projector()
            window.set_projector_shown(True)
            projector.resize(1920, 1080)
            for _ in range(3):
                QApplication.processEvents()
            room_view = window.room
            assert room_view is not None
            room_view.relayout()
            for _ in range(3):  # shown, then each note keeps its picture (ui.desk.room.NoteLabel)
                QApplication.processEvents()
            painted = median_ms(projector.repaint, repeat=21, warmup=3)
            count = iter(range(10**6))

            def capture() -> None:
                changes = operations.add_idea(library, workshop_id, f"Endnu en idé {next(count)}")  # type: ignore[arg-type]
                start = time.perf_counter()
                room_view.read(changes)
                read.append((time.perf_counter() - start) * 1000)

            read: list[float] = []
            for _ in range(11):
                capture()
            pages = room_view.page_count
        finally:
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            library.close()  # type: ignore[attr-defined]
    return [
        Figure(f"desk: the projector's room view of {notes:,} notes painted", painted, 16.0,
               note=f"1920×1080, one page of {pages}"),
        Figure(f"desk: the room view after one more note ({notes:,} notes)", statistics.median(read), 100.0,
               note="the note read, pages laid out again"),
    ]


def startup(runs: int = RUNS) -> list[Figure]:
    """The start-up rows alone (``python -m bench.bench_desk startup``)."""
    with tempfile.TemporaryDirectory() as folder:
        # An installed app starts from compiled bytecode (pip writes it at install); a
        # development tree under PYTHONDONTWRITEBYTECODE=1 would compile every module of
        # ours that changed since the last cache on every launch, which no user pays. So
        # the children share a private bytecode cache, filled by one untimed run of each.
        pycache = str(Path(folder) / "pycache")
        library = str(Path(folder) / "library.sqlite3")
        _child(BARE, pycache=pycache)
        _child(DESK, library, pycache=pycache)  # also creates and migrates the library once
        bare: list[float] = []
        desk: list[dict[str, float]] = []
        for _ in range(runs):  # alternated, so a busy spell of the machine hits both
            bare.append(_child(BARE, pycache=pycache)["shown"] * 1000)
            desk.append(_child(DESK, library, pycache=pycache))
    bare_ms = statistics.median(bare)
    shown_ms = statistics.median(m["shown"] * 1000 for m in desk)
    filled_ms = statistics.median(m["filled"] * 1000 for m in desk)
    floor = f"bare PySide6 window {bare_ms:.0f} ms"
    return [
        Figure("desk: start window on screen", shown_ms, 1.5 * bare_ms, note=f"1.5× {floor}"),
        Figure("desk: workshop list filled", filled_ms, 4 * bare_ms, note=f"4× {floor}"),
    ]


def run() -> list[Figure]:
    return [
        *startup(),
        Figure("desk: open a workshop of 2,000 notes", _open_workshop_ms(2000), 500.0,
               note="window, board, phases, people, plan"),
        Figure("desk: open a workshop of 10,000 ideas, 200 participants, 5 rounds", _open_workshop_ms(), 2000.0,
               note="as above, with votes"),
        *room(),
    ]


if __name__ == "__main__":
    # ``python -m bench.bench_desk [startup [RUNS] | room]``: every row, the start-up rows
    # only, or the room view's rows only.
    if sys.argv[1:2] == ["startup"]:
        figures = startup(int(sys.argv[2]) if len(sys.argv) > 2 else RUNS)
    else:
        figures = room() if sys.argv[1:2] == ["room"] else run()
    for figure in figures:
        sys.stdout.write(" | ".join(figure.cells()) + "\n")
