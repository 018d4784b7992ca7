"""Read a quiz block into plain data, with and without the correct answers."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Answer:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    multiple: bool
    answers: list[Answer] = field(default_factory=list)

    @property
    def correct_ids(self) -> set[str]:
        return {answer.id for answer in self.answers if answer.correct}


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    pass_mark: int
    questions: list[Question]


def quiz_from_block(block) -> Quiz:
    """Turn a bound quiz block into a ``Quiz``; ids are the blocks' stable ids."""
    value = block.value
    questions = []
    for question_child in value["questions"].bound_blocks:
        question = question_child.value
        answers = [
            Answer(
                id=answer_child.id,
                text=answer_child.value["text"],
                correct=bool(answer_child.value["correct"]),
                feedback=answer_child.value["feedback"] or "",
            )
            for answer_child in question["answers"].bound_blocks
        ]
        questions.append(
            Question(
                id=question_child.id,
                text=question["text"],
                multiple=bool(question["multiple"]),
                answers=answers,
            )
        )
    return Quiz(
        id=block.id,
        title=value["title"],
        pass_mark=int(value["pass_mark"]),
        questions=questions,
    )


def public_questions(quiz: Quiz) -> list[dict]:
    """Return what the page may show before submitting: texts and opaque ids only."""
    return [
        {
            "id": question.id,
            "text": question.text,
            "multiple": question.multiple,
            "answers": [{"id": a.id, "text": a.text} for a in question.answers],
        }
        for question in quiz.questions
    ]
