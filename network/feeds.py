"""The Atom feed of the situation reports."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from network import selectors
from network.models import NewsIndexPage, ReportPage

FEED_ITEMS = 20


class ReportFeed(Feed):
    feed_type = Atom1Feed
    title = _("Lageberichte des Netzwerks Gemeinsam Stark")
    subtitle = _("Lageberichte und Nachrichten aus dem Netzwerk in Mülheim an der Ruhr")

    def __init__(self, *, index: NewsIndexPage):
        super().__init__()
        self.index = index

    def link(self) -> str:
        return self.index.url

    def items(self) -> list[ReportPage]:
        return list(selectors.reports().child_of(self.index)[:FEED_ITEMS])

    def item_title(self, item: ReportPage) -> str:
        return item.title

    def item_description(self, item: ReportPage) -> str:
        return item.summary

    def item_link(self, item: ReportPage) -> str:
        return item.url

    def item_pubdate(self, item: ReportPage) -> datetime:
        return timezone.make_aware(datetime.combine(item.date, time(9)))

    def item_updateddate(self, item: ReportPage) -> datetime | None:
        # Matches the Last-Modified that conditional requests are checked against.
        return item.last_published_at

    def item_guid(self, item: ReportPage) -> str:
        return f"report-{item.pk}"
