"""Voting by phone at the desk: this laptop's addresses, the bridge from the phone
server's threads to the GUI thread, and the "Åbn for telefoner" widget (the QR code,
the address, the join code and the live count).

The phone server itself is ``phone.server``; :class:`~ui.voting.panel.VotingPanel`
starts and stops it. The widget reads the panel's state through :class:`PhoneHost`
(structural, so this module does not import the panel).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.voting import RoundInfo
    from phone.server import PhoneServer


class PhoneHost(Protocol):
    """What the phone widget reads and asks of the voting panel."""

    phone_host: str | None
    phone_server: PhoneServer | None
    info: RoundInfo | None
    ballots: int

    @property
    def current_round(self) -> uuid.UUID | None: ...

    def open_for_phones(self) -> None: ...

    def stop_phones(self) -> None: ...


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
    """Carries the phone server's reports (from its threads) to the GUI thread.

    Signals:
        ballot_did_arrive(object): a ``BallotEvent``; connected queued.
    """

    ballot_did_arrive = Signal(object)


class PhoneWidget(QWidget):
    """ "Åbn for telefoner": the server, the QR code, the address, the live count."""

    def __init__(self, panel: PhoneHost) -> None:
        super().__init__()
        self.panel = panel
        layout = QVBoxLayout(self)
        self.interface = QComboBox()
        self.interface.setObjectName("phoneInterface")
        self.interface.setToolTip(self.tr("The network the phones are on (the room's Wi-Fi or your hotspot)"))
        for address in network_addresses(panel.phone_host):
            self.interface.addItem(address, address)
        row_interface = QHBoxLayout()
        row_interface.addWidget(plain_label(self.tr("Network address:"), wrap=False))
        row_interface.addWidget(self.interface, 1)
        layout.addLayout(row_interface)
        self.toggle = QPushButton(self.tr("Open for phones"))
        self.toggle.setObjectName("phoneToggle")
        self.toggle.clicked.connect(self._toggle)
        layout.addWidget(self.toggle)
        row = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setObjectName("phoneQr")
        self.qr.setFixedSize(220, 220)
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
        layout.addStretch(1)
        self.show_state()

    def _toggle(self) -> None:
        if self.panel.phone_server is not None and self.panel.current_round in self.panel.phone_server.served_rounds:
            self.panel.stop_phones()
        else:
            self.panel.open_for_phones()

    def show_state(self) -> None:
        server = self.panel.phone_server
        round_id = self.panel.current_round
        serving = server is not None and round_id in server.served_rounds
        self.toggle.setText(self.tr("Stop phones") if serving else self.tr("Open for phones"))
        info = self.panel.info
        self.toggle.setEnabled(serving or (info is not None and info.is_open))
        self.interface.setEnabled(server is None)  # the address is chosen before the server starts
        self.qr.setVisible(serving)
        if serving and server is not None and info is not None:
            url = server.round_url(info.token)
            self.address.setText(url)
            self.code.setText(self.tr("Code: %1").replace("%1", info.join_code))
        else:
            self.address.setText(self.tr("Phones on the room's network can vote once you open the vote for them."))
            self.code.clear()
        self.count.setText(self.tr("%n voted", "", self.panel.ballots))
