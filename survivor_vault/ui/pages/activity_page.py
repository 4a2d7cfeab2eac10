"""Activity: the survivor's own log of what happened in the vault, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from survivor_vault.ui import wording
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.models.activity_model import ActivityModel


class ActivityPage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityPage")
        self.model = ActivityModel(vault.activity, self)
        header = PageHeader(
            self.tr("Activity"),
            self.tr("What happened in your vault, newest first. Only you can see this."), self)
        self.list = QListView(self)
        self.list.setObjectName("activityList")
        self.list.setAccessibleName(self.tr("Activity"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.message = QLabel(self)
        self.message.setObjectName("activityMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        wording.attempt(self.model.reload, self.message.setText)
