"""The three dimensions of Antonovsky's sense of coherence, used by every app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dimension(models.TextChoices):
    COMPREHENSIBILITY = "verstehbarkeit", _("Verstehbarkeit")
    MANAGEABILITY = "handhabbarkeit", _("Handhabbarkeit")
    MEANINGFULNESS = "sinnhaftigkeit", _("Sinnhaftigkeit")


DIMENSION_QUESTIONS = {
    Dimension.COMPREHENSIBILITY: _("Kann ich verstehen, was geschieht?"),
    Dimension.MANAGEABILITY: _("Kann ich etwas tun, habe ich Mittel dafür?"),
    Dimension.MEANINGFULNESS: _("Lohnt es sich, ist es mir wichtig?"),
}
