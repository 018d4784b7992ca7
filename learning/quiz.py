"""A quiz as plain data: drawing, what the page may show, scoring, results.

The quiz keeps its solution (correct answers, the order of steps, the pairs,
feedback and model answers) in the lesson's StreamField. Before submitting, the
page shows only texts and opaque ids: choice answers by their block ids, the
steps of an ordering task shuffled, the right-hand side of a matching task
under codes derived from a secret, so that no value on the page tells the
solution. Each attempt is scored here, on the server.

Which questions a person is asked (``Draw``) travels in the form as a signed
token bound to the person and the lesson: it cannot be forged, and an answer to
a question outside the drawn set is refused.
"""

import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.core import signing
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

SCORED_KINDS = ("choice", "true_false", "ordering", "matching")
TRUE, FALSE = "wahr", "falsch"
SELF_CHECK_MAX_LENGTH = 3000
DRAW_MAX_AGE = 60 * 60 * 24 * 7


class QuizInputError(ValueError):
    """An answer that cannot be scored; ``code`` names the message to show."""

    def __init__(self, code: str, question_id: str = ""):
        super().__init__(code)
        self.code = code
        self.question_id = question_id


@dataclass(frozen=True)
class Answer:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str


@dataclass(frozen=True)
class Pair:
    id: str
    left: str
    right: str


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    text: str
    multiple: bool = False
    answers: list[Answer] = field(default_factory=list)
    true: bool = False
    items: list[Item] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    explanation: str = ""
    model_answer: str = ""

    @property
    def scored(self) -> bool:
        return self.kind in SCORED_KINDS

    @property
    def correct_ids(self) -> set[str]:
        return {answer.id for answer in self.answers if answer.correct}


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    pass_mark: int
    questions: list[Question]
    draw: int = 0
    shuffle_answers: bool = False

    @property
    def by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.questions}

    @property
    def draws(self) -> bool:
        """Whether each attempt asks only some of the scored questions."""
        scored = sum(1 for question in self.questions if question.scored)
        return 0 < self.draw < scored


@dataclass(frozen=True)
class Draw:
    question_ids: list[str]
    seed: str


def _question(child) -> Question:
    value = child.value
    kind = child.block_type
    common = {"id": child.id, "kind": kind, "text": value["text"]}
    if kind == "choice":
        return Question(
            **common,
            multiple=bool(value["multiple"]),
            answers=[
                Answer(
                    id=answer.id,
                    text=answer.value["text"],
                    correct=bool(answer.value["correct"]),
                    feedback=answer.value["feedback"] or "",
                )
                for answer in value["answers"].bound_blocks
            ],
        )
    explanation = value.get("explanation") or ""
    if kind == "true_false":
        return Question(**common, true=bool(value["true"]), explanation=explanation)
    if kind == "ordering":
        items = [
            Item(id=item.id, text=item.value) for item in value["items"].bound_blocks
        ]
        return Question(**common, items=items, explanation=explanation)
    if kind == "matching":
        pairs = [
            Pair(id=pair.id, left=pair.value["left"], right=pair.value["right"])
            for pair in value["pairs"].bound_blocks
        ]
        return Question(**common, pairs=pairs, explanation=explanation)
    return Question(**common, model_answer=value["model_answer"])


def quiz_from_block(block) -> Quiz:
    """Turn a bound quiz block into a ``Quiz``; ids are the blocks' stable ids."""
    value = block.value
    return Quiz(
        id=block.id,
        title=value["title"],
        pass_mark=int(value["pass_mark"]),
        questions=[_question(child) for child in value["questions"]],
        draw=int(value.get("draw") or 0),
        shuffle_answers=bool(value.get("shuffle_answers")),
    )


# -- Drawing --------------------------------------------------------------


def new_draw(quiz: Quiz) -> Draw:
    """Pick this attempt's questions: all, or N scored ones plus self-checks."""
    ids = [question.id for question in quiz.questions]
    if quiz.draws:
        scored = [question.id for question in quiz.questions if question.scored]
        chosen = set(random.sample(scored, quiz.draw))
        ids = [q.id for q in quiz.questions if q.id in chosen or not q.scored]
    return Draw(question_ids=ids, seed=secrets.token_hex(8))


def _salt(user_id, lesson_id) -> str:
    return f"learning.quiz.draw:{user_id}:{lesson_id}"


def sign_draw(draw: Draw, *, user_id, lesson_id) -> str:
    return signing.dumps(
        {"q": draw.question_ids, "s": draw.seed},
        salt=_salt(user_id, lesson_id),
        compress=True,
    )


def read_draw(token: str, quiz: Quiz, *, user_id, lesson_id) -> Draw:
    """Return the draw a form was built with; raise ``QuizInputError`` if forged.

    Without a token (a quiz that asks every question), every question counts.
    """
    if not token:
        if quiz.draws:
            raise QuizInputError("invalid_answer")
        return Draw(question_ids=[q.id for q in quiz.questions], seed="")
    try:
        data = signing.loads(
            token[:4000], salt=_salt(user_id, lesson_id), max_age=DRAW_MAX_AGE
        )
        ids, seed = list(data["q"]), str(data["s"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise QuizInputError("invalid_answer") from error
    known = quiz.by_id
    # The quiz may have been edited since the page was shown: ask again then.
    if not ids or len(set(ids)) != len(ids) or not set(ids) <= set(known):
        raise QuizInputError("quiz_changed")
    return Draw(question_ids=ids, seed=seed)


def match_code(seed: str, pair_id: str) -> str:
    """An opaque value for a right-hand side: tells nothing about its pair."""
    return salted_hmac("learning.quiz.match", f"{seed}:{pair_id}").hexdigest()[:12]


def _shuffled(items: list, seed: str, question_id: str) -> list:
    shuffled = list(items)
    random.Random(f"{seed}:{question_id}").shuffle(shuffled)
    return shuffled


def _deranged(items: list, seed: str, question_id: str) -> list:
    """Shuffle so that the shown order is never the solution itself."""
    shuffled = _shuffled(items, seed, question_id)
    if len(shuffled) > 1 and shuffled == list(items):
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


# -- What the page shows before submitting --------------------------------


def public_questions(quiz: Quiz, draw: Draw | None = None) -> list[dict]:
    """Return what the page may show before submitting: texts and opaque ids."""
    draw = draw or Draw(question_ids=[q.id for q in quiz.questions], seed="")
    by_id = quiz.by_id
    shown = []
    for question_id in draw.question_ids:
        question = by_id[question_id]
        item = {"id": question.id, "kind": question.kind, "text": question.text}
        if question.kind == "choice":
            answers = [{"id": a.id, "text": a.text} for a in question.answers]
            if quiz.shuffle_answers:
                answers = _shuffled(answers, draw.seed, question.id)
            item.update(multiple=question.multiple, answers=answers)
        elif question.kind == "true_false":
            item["options"] = [(TRUE, _("stimmt")), (FALSE, _("stimmt nicht"))]
        elif question.kind == "ordering":
            item["items"] = [
                {"id": step.id, "text": step.text}
                for step in _deranged(question.items, draw.seed, question.id)
            ]
            item["positions"] = list(range(1, len(question.items) + 1))
        elif question.kind == "matching":
            lefts = [{"id": pair.id, "text": pair.left} for pair in question.pairs]
            if quiz.shuffle_answers:
                lefts = _shuffled(lefts, draw.seed, question.id + ":left")
            rights = [
                {"code": match_code(draw.seed, pair.id), "text": pair.right}
                for pair in question.pairs
            ]
            item.update(
                lefts=lefts,
                rights=sorted(rights, key=lambda right: right["code"]),
            )
        shown.append(item)
    return shown


# -- Scoring ---------------------------------------------------------------


def _clean_choice(question: Question, given) -> list[str]:
    chosen = {str(value) for value in given or [] if value}
    if not chosen:
        raise QuizInputError("incomplete_quiz", question.id)
    if not chosen <= {answer.id for answer in question.answers}:
        raise QuizInputError("invalid_answer", question.id)
    if not question.multiple and len(chosen) > 1:
        raise QuizInputError("invalid_answer", question.id)
    return sorted(chosen)


def _clean_true_false(question: Question, given) -> str:
    values = [str(value) for value in given or [] if value]
    if not values:
        raise QuizInputError("incomplete_quiz", question.id)
    if len(values) > 1 or values[0] not in (TRUE, FALSE):
        raise QuizInputError("invalid_answer", question.id)
    return values[0]


def _clean_ordering(question: Question, given) -> list[str]:
    """``given`` maps step ids to positions; return the step ids in that order."""
    if not isinstance(given, Mapping):
        raise QuizInputError("invalid_answer", question.id)
    step_ids = {step.id for step in question.items}
    if not set(given) <= step_ids:
        raise QuizInputError("invalid_answer", question.id)
    positions = {}
    for step_id in step_ids:
        value = str(given.get(step_id) or "").strip()
        if not value:
            raise QuizInputError("incomplete_quiz", question.id)
        if not value.isdigit() or not 1 <= int(value) <= len(step_ids):
            raise QuizInputError("invalid_answer", question.id)
        positions[step_id] = int(value)
    if len(set(positions.values())) != len(positions):
        raise QuizInputError("order_twice", question.id)
    return sorted(positions, key=positions.get)


def _clean_matching(question: Question, given, seed: str) -> dict[str, str]:
    """``given`` maps left ids to codes; return left ids to the chosen pair ids."""
    if not isinstance(given, Mapping):
        raise QuizInputError("invalid_answer", question.id)
    pair_ids = [pair.id for pair in question.pairs]
    if not set(given) <= set(pair_ids):
        raise QuizInputError("invalid_answer", question.id)
    by_code = {match_code(seed, pair_id): pair_id for pair_id in pair_ids}
    chosen = {}
    for left_id in pair_ids:
        code = str(given.get(left_id) or "").strip()
        if not code:
            raise QuizInputError("incomplete_quiz", question.id)
        if code not in by_code:
            raise QuizInputError("invalid_answer", question.id)
        chosen[left_id] = by_code[code]
    return chosen


def _clean_self_check(question: Question, given) -> str:
    values = [str(value) for value in given or []]
    if len(values) > 1:
        raise QuizInputError("invalid_answer", question.id)
    text = values[0].strip() if values else ""
    if len(text) > SELF_CHECK_MAX_LENGTH:
        raise QuizInputError("answer_too_long", question.id)
    return text


def clean_answers(quiz: Quiz, draw: Draw, given: Mapping) -> dict:
    """Check posted answers against the drawn questions; return what is stored.

    Raises ``QuizInputError`` for an answer outside the draw, a tampered value
    or an unanswered scored question (naming the first such question).
    """
    if not set(given) <= set(draw.question_ids):
        raise QuizInputError("invalid_answer")
    by_id = quiz.by_id
    cleaned = {}
    missing = []
    for question_id in draw.question_ids:
        question = by_id[question_id]
        value = given.get(question_id)
        try:
            if question.kind == "choice":
                cleaned[question_id] = _clean_choice(question, value)
            elif question.kind == "true_false":
                cleaned[question_id] = _clean_true_false(question, value)
            elif question.kind == "ordering":
                cleaned[question_id] = _clean_ordering(question, value or {})
            elif question.kind == "matching":
                cleaned[question_id] = _clean_matching(question, value or {}, draw.seed)
            else:
                cleaned[question_id] = _clean_self_check(question, value)
        except QuizInputError as error:
            if error.code != "incomplete_quiz":
                raise
            missing.append(question_id)
    if missing:
        error = QuizInputError("incomplete_quiz", missing[0])
        error.missing = missing
        raise error
    return cleaned


def is_correct(question: Question, stored) -> bool:
    """Whether a stored answer is right (self-checks are never scored)."""
    if question.kind == "choice":
        return set(stored or []) == question.correct_ids
    if question.kind == "true_false":
        return stored == (TRUE if question.true else FALSE)
    if question.kind == "ordering":
        return list(stored or []) == [step.id for step in question.items]
    if question.kind == "matching":
        return isinstance(stored, Mapping) and all(
            stored.get(pair.id) == pair.id for pair in question.pairs
        )
    return False


def score(quiz: Quiz, stored: Mapping) -> int:
    """Percent of the asked scored questions answered right."""
    asked = [quiz.by_id[qid] for qid in stored if qid in quiz.by_id]
    scored = [question for question in asked if question.scored]
    if not scored:
        return 0
    right = sum(is_correct(question, stored[question.id]) for question in scored)
    return round(100 * right / len(scored))


def answer_label(question: Question, stored) -> str:
    """A stored answer in words, for results and the item analysis."""
    if question.kind == "choice":
        texts = {answer.id: answer.text for answer in question.answers}
        return " + ".join(texts.get(i, _("(gelöschte Antwort)")) for i in stored or [])
    if question.kind == "true_false":
        return _("stimmt") if stored == TRUE else _("stimmt nicht")
    if question.kind == "ordering":
        texts = {step.id: step.text for step in question.items}
        return " → ".join(texts.get(i, "?") for i in stored or [])
    if question.kind == "matching":
        lefts = {pair.id: pair.left for pair in question.pairs}
        rights = {pair.id: pair.right for pair in question.pairs}
        return "; ".join(
            f"{lefts.get(left, '?')} → {rights.get(right, '?')}"
            for left, right in (stored or {}).items()
        )
    return str(stored or "")


def solution(quiz: Quiz, draw: Draw) -> dict:
    """What a person who knows every answer posts for a draw (demo and tests)."""
    posted: dict = {}
    for question in (quiz.by_id[question_id] for question_id in draw.question_ids):
        if question.kind == "choice":
            posted[question.id] = sorted(question.correct_ids)
        elif question.kind == "true_false":
            posted[question.id] = [TRUE if question.true else FALSE]
        elif question.kind == "ordering":
            posted[question.id] = {
                step.id: str(position)
                for position, step in enumerate(question.items, start=1)
            }
        elif question.kind == "matching":
            posted[question.id] = {
                pair.id: match_code(draw.seed, pair.id) for pair in question.pairs
            }
        else:
            posted[question.id] = [question.model_answer]
    return posted
