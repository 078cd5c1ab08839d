"""Phones at the desk: this laptop's addresses, the bridge from the phone server's
threads to the GUI thread, and the "Åbn for telefoner" box (the QR code, the join
address, the join code of the whole workshop and the live count).

The phone server itself is ``phone.server``; :class:`~ui.voting.panel.VotingPanel`
starts and stops it, one per workshop session. The widget reads the panel's state
through :class:`PhoneHost` (structural, so this module does not import the panel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ui.widgets import plain_label

if TYPE_CHECKING:
    from phone.server import PhoneServer


class PhoneHost(Protocol):
    """What the phone box reads and asks of the voting panel."""

    phone_host: str | None
    phone_server: PhoneServer | None
    ballots: int

    def open_for_phones(self) -> None: ...

    def stop_phones(self) -> None: ...

    def share_handout(self, with_names: bool = False) -> bool: ...


def network_addresses(preferred: str | None = None) -> list[str]:
    """This laptop's IPv4 addresses, the one it uses for its network first (or
    ``preferred``), loopback last: the phones must reach the address shown."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    from phone.server import lan_address

    found = [a.toString() for a in QNetworkInterface.allAddresses()
             if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol]
    first = preferred or lan_address()
    ordered = [first] + [a for a in found if a != first and not a.startswith("127.")]
    ordered += [a for a in found if a.startswith("127.") and a not in ordered]
    return list(dict.fromkeys(ordered))


class PhoneBridge(QObject):
    """Carries the phone server's reports (from its writer thread) to the GUI thread.

    Signals:
        ballot_did_arrive(object): a ``BallotEvent``; connected queued.
        idea_did_arrive(object): an ``IdeaEvent``; connected queued.
    """

    ballot_did_arrive = Signal(object)
    idea_did_arrive = Signal(object)


class PhoneWidget(QGroupBox):
    """ "Åbn for telefoner": one join code and QR code for the whole workshop while it
    is open to phones; the network the phones are on; how many voted."""

    def __init__(self, panel: PhoneHost) -> None:
        super().__init__(self.tr("Phones"))
        self.setObjectName("phoneBox")
        self._built = False
        self.panel = panel
        layout = QVBoxLayout(self)
        self.interface = QComboBox()
        self.interface.setObjectName("phoneInterface")
        for address in network_addresses(panel.phone_host):
            self.interface.addItem(address, address)
        self.interface_label = interface_label = plain_label(wrap=False)
        interface_label.setBuddy(self.interface)
        self.toggle = QPushButton(self.tr("Open for phones"))
        self.toggle.setObjectName("phoneToggle")
        self.toggle.setAccessibleName(self.tr("Open the workshop for phones"))
        self.toggle.clicked.connect(self._toggle)
        top = QHBoxLayout()
        top.addWidget(interface_label)
        top.addWidget(self.interface, 1)
        top.addWidget(self.toggle)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setObjectName("phoneQr")
        self.qr.setFixedSize(160, 160)
        self.qr.setScaledContents(True)
        row.addWidget(self.qr)
        texts = QVBoxLayout()
        self.address = plain_label(wrap=True)
        self.address.setObjectName("phoneAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = plain_label(wrap=True)
        self.code.setObjectName("phoneCode")
        font = self.code.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.code.setFont(font)
        self.count = plain_label(wrap=True)
        self.count.setObjectName("phoneCount")
        for widget in (self.address, self.code, self.count):
            texts.addWidget(widget)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        layout.addLayout(row)
        # At the end: the handout to every phone, from this laptop (no e-mail, no internet).
        self.share = QPushButton()
        self.share.setObjectName("phoneShareHandout")
        self.share.clicked.connect(self._share)
        self.with_names = QCheckBox()
        self.with_names.setObjectName("phoneHandoutNames")
        share_row = QHBoxLayout()
        share_row.addWidget(self.share)
        share_row.addWidget(self.with_names)
        share_row.addStretch(1)
        layout.addLayout(share_row)
        self.shared = plain_label(wrap=True)
        self.shared.setObjectName("phoneHandoutShared")
        layout.addWidget(self.shared)
        self._built = True
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts in the current language (again, when it changes)."""
        self.setTitle(self.tr("Phones"))
        self.interface.setToolTip(self.tr("The network the phones are on (the room's Wi-Fi or your hotspot)"))
        self.interface_label.setText(self.tr("&Network address:"))
        self.interface.setAccessibleName(self.tr("Network address"))
        self.qr.setAccessibleName(self.tr("QR code for the phones"))
        self.share.setText(self.tr("Share the summary on the phones"))
        self.share.setAccessibleName(self.tr("Share the summary on the phones"))
        self.share.setToolTip(self.tr("Participants download the PDF handout from this laptop over the room's "
                                      "network (the workshop is opened for phones first)"))
        self.with_names.setText(self.tr("with names"))
        self.with_names.setAccessibleName(self.tr("Share the version with the participants' names"))
        self.show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    def _toggle(self) -> None:
        if self.panel.phone_server is not None:
            self.panel.stop_phones()
        else:
            self.panel.open_for_phones()

    def _share(self) -> None:
        self.panel.share_handout(self.with_names.isChecked())

    def show_state(self, qr_png: bytes | None = None) -> None:
        """Redraw from the panel; ``qr_png`` is the QR code of the join address, once."""
        server = self.panel.phone_server
        url = server.join_url if server is not None else None
        serving = server is not None
        self.toggle.setText(self.tr("Close for phones") if serving else self.tr("Open for phones"))
        self.toggle.setAccessibleName(self.tr("Close the workshop for phones") if serving
                                      else self.tr("Open the workshop for phones"))
        self.interface.setEnabled(not serving)  # the address is chosen before the server starts
        if qr_png is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png, "PNG")
            self.qr.setPixmap(pixmap)
        self.qr.setVisible(url is not None)
        handout = server.handout if server is not None else None
        if handout is None:
            self.shared.clear()
        else:
            self.shared.setText(self.tr("Shared with the phones: %1 (%2 kB)").replace("%1", handout.name).replace(
                "%2", str(max(1, round(len(handout.pdf) / 1024)))))
        if url is not None and server is not None and server.code is not None:
            self.address.setText(url)
            self.code.setText(self.tr("Code: %1").replace("%1", server.code))
            self.count.setText(self.tr("%n voted", "", self.panel.ballots))
        else:
            self.qr.clear()
            self.address.setText(self.tr("Participants join from their phones on the room's network: "
                                         "open the workshop for them. One code for the whole workshop."))
            self.code.clear()
            self.count.clear()
