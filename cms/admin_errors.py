"""An incomplete form sent to the admin answers 400 with a message, not 500.

Some of Wagtail's admin views read fields that every browser sends with their
forms (a page editor's ``body-count``, a copy's ``new_parent_page``) and fail on
a hand-made request that lacks them. That is bad input, not a server fault.
"""

import logging

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


class IncompleteAdminFormMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.path.startswith("/admin/"):
            return None
        empty = not request.POST and not request.FILES
        # A missing field (KeyError, MultiValueDictKeyError) is always the
        # request's fault; any failure on a form sent without a single field is too.
        if not (isinstance(exception, KeyError) or empty):
            return None
        logger.warning("Incomplete admin form at %s", request.path, exc_info=exception)
        return HttpResponseBadRequest(
            _("Das Formular war unvollständig. Bitte laden Sie die Seite neu.")
        )
