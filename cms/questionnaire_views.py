"""The answer form and the results page of a survey, for every app's routes.

An app's page route finds its survey and checks who may see the results; these
functions do the rest the same way everywhere: 404 for anyone not invited, a
clear message (and nothing stored) for answering twice or too late, results
only from ``MIN_ANSWERS`` answers.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from cms import charts
from cms import questionnaires as q
from cms.spreadsheets import csv_download


def answer(
    request: HttpRequest,
    *,
    survey: q.Survey | None,
    heading: str,
    subject_title: str,
    back_url: str,
    back_label: str,
) -> HttpResponse:
    """Show and take the anonymous form of a survey the person was invited to."""
    # Nobody learns anything of a survey they were not asked to answer.
    if survey is None or q.invitation_for(survey=survey, user=request.user) is None:
        raise Http404
    context = {
        "survey": survey,
        "heading": heading,
        "subject_title": subject_title,
        "back_url": back_url,
        "back_label": back_label,
    }
    posted = request.method == "POST"
    try:
        q.check_can_answer(survey=survey, user=request.user)
    except q.QuestionnaireError as error:
        context["refusal"] = error.message
        return render(
            request,
            "cms/questionnaire_form.html",
            context,
            status=400 if posted else 200,
        )
    form = q.build_form(survey.questions, request.POST if posted else None)
    if posted and form.is_valid():
        try:
            q.submit(survey=survey, user=request.user, data=form.cleaned_data)
        except q.QuestionnaireError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Danke! Ihre Antworten sind anonym gespeichert.")
            )
            return redirect(back_url)
    context["form"] = form
    return render(
        request, "cms/questionnaire_form.html", context, status=400 if posted else 200
    )


def result_charts(outcome: q.SurveyResults) -> list[tuple]:
    """Pair each question's result with its bar chart (none for free text)."""
    drawn = []
    for result in outcome.questions:
        if result.kind == q.QuestionKind.TEXT:
            drawn.append((result, None))
            continue
        labels = [row[0] for row in result.rows]
        values = [row[-1] for row in result.rows]
        chart = charts.bar_chart(
            title=result.question["text"],
            desc=", ".join(
                f"{label}: {value}" for label, value in zip(labels, values, strict=True)
            ),
            labels=labels,
            series=[charts.Series(label=_("Antworten"), values=values)],
        )
        drawn.append((result, chart))
    return drawn


def results(
    request: HttpRequest,
    *,
    survey: q.Survey | None,
    subject_title: str,
    back_url: str,
    back_label: str,
    csv_url: str,
) -> HttpResponse:
    """A survey's results; the caller has checked who may see them."""
    if survey is None:
        raise Http404
    outcome = q.results(survey)
    return render(
        request,
        "cms/questionnaire_results.html",
        {
            "survey": survey,
            "subject_title": subject_title,
            "back_url": back_url,
            "back_label": back_label,
            "csv_url": csv_url,
            "results": outcome,
            "charts": result_charts(outcome),
            "threshold": q.MIN_ANSWERS,
        },
    )


def results_csv(*, survey: q.Survey | None, filename: str) -> HttpResponse:
    if survey is None:
        raise Http404
    outcome = q.results(survey)
    response, writer = csv_download(filename)
    writer.writerow([_("Frage"), _("Antwort"), _("Anzahl")])
    if not outcome.enough:
        writer.writerow(["", _("noch zu wenige Antworten"), "< 5"])
    for row in q.results_rows(outcome):
        writer.writerow(row)
    return response
