"""The idea board's speed: opening a big workshop, repainting it, capturing a note,
dropping a note on a theme.

Each figure stands beside its floor, measured in the same run on the same machine:
the library read alone for opening; a bare ``QPainter`` filling the same number of
rectangles (and an empty board) for repainting; the core operation alone for
capturing. Repaints render the 1920×1080 viewport into a ``QImage`` at fit-all zoom
with the software raster, as the offscreen platform paints.
"""

from __future__ import annotations

import math
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench import Figure, median_ms, timings

_WIDTH, _HEIGHT = 1920, 1080


def _fill(library: object, workshop_id: uuid.UUID, count: int) -> None:
    """``count`` notes in a 16:9 grid, a tenth of them in themes, in ONE operation."""
    from app.model import Cluster, Idea, TableGroup, Workshop

    columns = max(1, round(math.sqrt(count * 140.0 * 1.78 / 200.0)))
    rng = random.Random(7)
    words = ("borger", "data", "kaffe", "møde", "velfærd", "test", "idé", "samarbejde",
             "hverdag", "ressourcer", "unge", "ledige", "frivillige", "skole", "bibliotek")
    with library.operation("bench_fill", workshop_id) as session:  # type: ignore[attr-defined]
        workshop = session.get(Workshop, workshop_id)
        groups = list(session.query(TableGroup).filter_by(workshop_id=workshop_id))
        themes = []
        for n in range(count // 100):
            row, column = divmod(n, max(1, columns // 4))
            cluster = Cluster(
                id=library.new_id(), workshop_id=workshop_id, title=f"Tema {n + 1}",  # type: ignore[attr-defined]
                x=column * 800.0 - 20.0, y=row * 560.0 - 70.0, width=780.0, height=540.0,
            )
            session.add(cluster)
            themes.append(cluster.id)
        for n in range(count):
            row, column = divmod(n, columns)
            text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14))).capitalize()
            session.add(Idea(
                id=library.new_id(), workshop_id=workshop_id, number=n + 1, text=text,  # type: ignore[attr-defined]
                phase_id=workshop.current_phase_id,
                table_group_id=groups[n % len(groups)].id if groups and n % 5 else None,
                cluster_id=themes[n // 40] if n // 40 < len(themes) and n % 40 < 10 else None,
                x=column * 200.0, y=row * 140.0, tags=["nye-roller"] if n % 7 == 0 else [],
            ))


def _sorted_fill(library: object, workshop_id: uuid.UUID, count: int) -> list[uuid.UUID]:
    """``count`` notes as the container rule leaves them after sorting: themes of ten
    notes in rows of five, laid out by app.layout, and the rest in the capture grid
    beside them. Returns the themes, in order."""
    from app import layout
    from app.model import Cluster, Idea, Workshop

    per_theme, themes_count = 10, count // 40
    with library.operation("bench_sorted_fill", workshop_id) as session:  # type: ignore[attr-defined]
        workshop = session.get(Workshop, workshop_id)
        themes: list[uuid.UUID] = []
        number = 0
        width, height = layout.theme_size(per_theme)
        for n in range(themes_count):
            row, column = divmod(n, 5)
            x, y = column * (width + 200.0), row * (height + 400.0)
            cluster = Cluster(
                id=library.new_id(), workshop_id=workshop_id, title=f"Tema {n + 1}",  # type: ignore[attr-defined]
                x=x, y=y, width=width, height=height, position=n,
            )
            session.add(cluster)
            themes.append(cluster.id)
            _, places = layout.arrange_theme((x, y, width, height), [], [(k, None) for k in range(per_theme)])
            for _, (px, py) in places:
                number += 1
                session.add(Idea(
                    id=library.new_id(), workshop_id=workshop_id, number=number, text=f"Idé {number} i tema {n + 1}",  # type: ignore[attr-defined]
                    phase_id=workshop.current_phase_id, cluster_id=cluster.id, x=px, y=py,
                ))
        frames = [(t.x, t.y, t.width, t.height) for t in session.query(Cluster).filter_by(workshop_id=workshop_id)]
        origin = layout.capture_origin(frames)
        for n in range(count - number):
            px, py = layout.grid_position(n, layout.CAPTURE_COLUMNS, origin)
            session.add(Idea(
                id=library.new_id(), workshop_id=workshop_id, number=number + n + 1, text=f"Ny idé {n + 1}",  # type: ignore[attr-defined]
                phase_id=workshop.current_phase_id, x=px, y=py,
            ))
    return themes


def _theme_drop_ms(app: object, controller: object, library: object) -> tuple[float, float, float]:
    """A loose note dropped on a theme's body with the mouse's gesture (the core
    operation, the theme laid out again, what it pushes moved), then the frame
    painted (the whole 1920×1080 viewport, at 100 %): the median of 15 drops, each on
    another theme. Also the core operation alone and the repaint alone (the floors)."""
    from PySide6.QtCore import QPointF

    from app import operations
    from app.templates import load_templates
    from ui.board.view import BoardView

    template = load_templates()["innovationsloopet"]
    workshop = operations.create_workshop(library, template, title="Sorteret").subject  # type: ignore[arg-type]
    assert workshop is not None
    themes = _sorted_fill(library, workshop, 2000)
    view = BoardView(controller, workshop)  # type: ignore[arg-type]
    view.resize(_WIDTH, _HEIGHT)
    view.show()
    app.processEvents()  # type: ignore[attr-defined]
    loose = sorted((n for n in view.notes() if n.cluster_id is None), key=lambda n: n.number)
    samples = []
    for n in range(17):
        note, theme = loose[n], view.cluster(themes[n])
        assert theme is not None
        frame = theme.frame_rect()
        view.resetTransform()
        view.centerOn(frame.center())
        app.processEvents()  # type: ignore[attr-defined]
        point = QPointF(frame.right() - 30.0, frame.bottom() - 30.0)
        note.setPos(point - QPointF(90.0, 60.0))  # where the drag left it
        start = time.perf_counter()
        view.drop_notes([note], point)
        view.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
        assert note.cluster_id == themes[n], "the note went into the theme"
    repaint = median_ms(view.viewport().repaint, repeat=7)  # the same view, nothing changed
    extra = iter(loose[20:40])
    core = timings(
        lambda: operations.drop_on_theme(library, themes[-1], {next(extra).idea_id: (0.0, 0.0)}),  # type: ignore[arg-type]
        repeat=7, warmup=1,
    )
    view.close()
    view.deleteLater()
    app.processEvents()  # type: ignore[attr-defined]
    return statistics.median(samples[2:]), statistics.median(core), repaint


def _workshop(library: object, count: int) -> uuid.UUID:
    from app import operations
    from app.templates import load_templates

    template = load_templates()["innovationsloopet"]
    changes = operations.create_workshop(
        library, template, title=f"{count} idéer", table_groups=["Bord 1", "Bord 2", "Bord 3", "Bord 4"],  # type: ignore[arg-type]
    )
    assert changes.subject is not None
    _fill(library, changes.subject, count)
    return changes.subject


def _repaint_ms(view: object, repeat: int = 15) -> float:
    from PySide6.QtGui import QImage

    image = QImage(_WIDTH, _HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    viewport = view.viewport()  # type: ignore[attr-defined]

    def paint() -> None:
        viewport.render(image)

    return median_ms(paint, repeat=repeat, warmup=2)


def _settle(view: object, app: object) -> None:
    deadline = time.perf_counter() + 5.0
    while view.zooming() and time.perf_counter() < deadline:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _zoomed_repaint_ms(view: object) -> float:
    """A repaint right after a zoom step: every visible note is painted afresh.

    Each step goes to a scale not seen before (around 100 %, so ~80 notes stay in
    view), as a pinch or a run of wheel steps does: going back and forth between two
    scales would find the glyphs of both already rasterised.
    """
    from PySide6.QtGui import QImage, QTransform

    image = QImage(_WIDTH, _HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    scales = iter([1.0 + 0.004 * k * (-1) ** k for k in range(1, 40)])

    def paint() -> None:
        scale = next(scales)
        view.setTransform(QTransform.fromScale(scale, scale))  # type: ignore[attr-defined]
        view.viewport().render(image)  # type: ignore[attr-defined]

    return median_ms(paint, repeat=15, warmup=2)


def _first_step_ms(view: object, app: object) -> float:
    """The first zoom step from a settled view, the step's own work included: that is
    when the notes leave their pixmaps (all 2,000 of them took 10 ms before this frame
    could start, which the repaint alone does not show)."""
    from PySide6.QtGui import QImage, QTransform

    image = QImage(_WIDTH, _HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    samples = []
    for k in range(1, 8):
        view.resetTransform()  # type: ignore[attr-defined]
        view.centerOn(1000.0, 600.0)  # type: ignore[attr-defined]
        _settle(view, app)
        view.viewport().render(image)  # type: ignore[attr-defined]  # the settled frame: notes as pixmaps
        scale = 1.0 + 0.01 * k * (-1) ** k
        start = time.perf_counter()
        view.setTransform(QTransform.fromScale(scale, scale))  # type: ignore[attr-defined]
        view.viewport().render(image)  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _floor_rects_ms(count: int) -> float:
    """A bare QPainter filling ``count`` small rectangles: what any board must pay."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(_WIDTH, _HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    columns = max(1, round(math.sqrt(count * 1.78)))
    size = _WIDTH / columns
    rects = [QRectF((n % columns) * size, (n // columns) * size * 0.7, size * 0.9, size * 0.6) for n in range(count)]
    colour = QColor("#F6D55C")

    def paint() -> None:
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor("#E9ECEF"))
        for rect in rects:
            painter.fillRect(rect, colour)
        painter.end()

    return median_ms(paint, repeat=15, warmup=2)


def run() -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.theme import use_ui_font

    use_ui_font(app)  # the notes in the app's typeface, as the app draws them
    from app import operations
    from app.library import open_library
    from app.queries import load_workshop
    from ui.board.capture import CaptureBar
    from ui.board.view import BoardView
    from ui.controller import Controller

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "bench.sqlite3", rng=random.Random(3))
        controller = Controller(library)
        big = _workshop(library, 2000)
        huge = _workshop(library, 10_000)

        # -- opening ---------------------------------------------------------------------
        read = median_ms(lambda: load_workshop(library, big), repeat=5)
        views: list[BoardView] = []

        def open_board() -> None:
            view = BoardView(controller, big)
            view.resize(_WIDTH, _HEIGHT)
            view.fit_all()
            views.append(view)

        opened = median_ms(open_board, repeat=5)
        figures.append(Figure("board: open a workshop of 2,000 notes", opened, 500.0,
                              note=f"library read alone {read:.0f} ms"))
        for view in views:
            view.deleteLater()
        app.processEvents()

        # -- repainting ----------------------------------------------------------------------
        empty = _workshop(library, 0)
        for count, workshop, target in ((0, empty, None), (2000, big, 16.0), (10_000, huge, 70.0)):
            view = BoardView(controller, workshop)
            view.resize(_WIDTH, _HEIGHT)
            view.show()
            app.processEvents()
            view.fit_all()
            app.processEvents()
            ms = _repaint_ms(view)
            if count == 0:
                figures.append(Figure("board: repaint 1920×1080, empty board (floor)", ms, None))
            else:
                floor = _floor_rects_ms(count)
                figures.append(Figure(
                    f"board: repaint 1920×1080 showing all {count:,} notes", ms, target,
                    note=f"floor: QPainter filling {count:,} rects {floor:.1f} ms",
                ))
            if count == 2000:
                # Reading zoom: the same board at 100 %, text drawn on every visible note.
                view.resetTransform()
                view.centerOn(1000.0, 600.0)
                _settle(view, app)  # the notes' pixmaps come back once the zoom settles
                figures.append(Figure(
                    "board: repaint 1920×1080 at 100 % (text on ~80 notes)", _repaint_ms(view), 16.0,
                    note="notes cached as device pixmaps",
                ))
                figures.append(Figure(
                    "board: repaint 1920×1080 right after a zoom step (~80 notes painted afresh)",
                    _zoomed_repaint_ms(view), 16.0,
                ))
                figures.append(Figure(
                    "board: first zoom step from a settled 100 % view, step and repaint", _first_step_ms(view, app), 16.0,
                    note="2,000-note board",
                ))
            view.close()
            view.deleteLater()
            app.processEvents()

        # -- a theme drop -------------------------------------------------------------------------
        drop, core_drop, repaint = _theme_drop_ms(app, controller, library)
        figures.append(Figure(
            "board: theme drop, laid out and painted, on the 2,000-note board", drop, 50.0,
            note=f"drop_on_theme alone {core_drop:.1f} ms, with a durable commit; repainting the view alone {repaint:.1f} ms",
        ))

        # -- capture: keypress to visible -------------------------------------------------------
        window = QWidget()
        layout = QVBoxLayout(window)
        board = BoardView(controller, big)
        bar = CaptureBar(controller, big)
        layout.addWidget(board, 1)
        layout.addWidget(bar)
        window.resize(_WIDTH, _HEIGHT)
        window.show()
        app.processEvents()
        board.fit_all()
        app.processEvents()
        samples = []
        for n in range(20):
            bar.edit.setText(f"Ny idé nummer {n}")
            before = len(board.notes())
            start = time.perf_counter()
            QTest.keyClick(bar.edit, Qt.Key.Key_Return)
            board.viewport().repaint()  # paints now, as the next frame would
            samples.append((time.perf_counter() - start) * 1000)
            assert len(board.notes()) == before + 1 and bar.edit.text() == ""
        phase = load_workshop(library, big).current_phase_id
        core = timings(lambda: operations.add_idea(library, big, "Kerne alene", phase_id=phase), repeat=20)
        figures.append(Figure(
            "board: capture a note, Enter to painted (2,000-note board)", statistics.median(samples), 50.0,
            note=f"add_idea alone {statistics.median(core):.1f} ms, with a durable commit",
        ))
        window.close()
        window.deleteLater()
        app.processEvents()
        library.close()
    return figures
