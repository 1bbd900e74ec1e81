"""The question bank: categories per course and the question types.

Every question type lives in this one module and owns everything that differs between
types: how a posted form becomes a response, how the response is graded, which template
renders its input and its review. How each type reads and writes GIFT and Moodle XML
is its codec in ``assessments.interchange.codecs``. Views, services and importers only
call these methods; nothing else switches on the type (the counter-example is
django_quiz's views).

A *response* is the JSON a type stores for one answer: a choice id, a list of choice
ids, a boolean or a string. Types validate responses against their own choices, so a
choice id from another question never reaches grading. The page never carries choice
ids: inputs are valued by the attempt's opaque tokens (``ChoiceKeys``), which each type
maps back when it parses the posted form.

Grading follows Moodle, the reference the imported banks come from: each ``grade`` is a
pure function of the response and the choices (tested with Moodle's own examples).
"""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from polymorphic.managers import PolymorphicManager
from polymorphic.models import PolymorphicModel
from polymorphic.query import PolymorphicQuerySet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField

from assessments.choice_keys import ChoiceKeys
from assessments.text_formats import TextFormat
from assessments.wildcard import wildcard_match
from config.text import without_diacritics

ZERO = Decimal("0")
CENT = Decimal("0.01")


def shorten_at_word(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters at a word boundary, "…" marking the cut
    (slicing cut question texts mid-word in listings and the results table)."""
    if len(text) <= width:
        return text
    shortened = textwrap.shorten(text, width=width, placeholder=" …")
    if shortened == "…":  # the first word alone is longer than the width
        return text[: width - 1] + "…"
    return shortened


def clamp_score(value: Decimal, points: Decimal) -> Decimal:
    """A score always lies in [0, points], rounded to hundredths."""
    value = max(ZERO, min(Decimal(points), Decimal(value)))
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


#: The five Vietnamese tone marks as Unicode combining characters (grave, acute,
#: hook above, tilde, dot below). The other marks (circumflex, breve, horn) make
#: letters and stay where they are.
TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")
_SYLLABLE = re.compile(r"(?:\w|[\u0300-\u036f])+")


def _tone_to_syllable_end(match: re.Match) -> str:
    letters = match.group(0)
    tones = "".join(c for c in letters if c in TONE_MARKS)
    return "".join(c for c in letters if c not in TONE_MARKS) + tones


def normalise_tone_placement(value: str) -> str:
    """One spelling for the old and new placement of Vietnamese tone marks.

    A tone belongs to the syllable, not to a letter: "hoà" and "hòa", "thuỷ" and
    "thủy", "khoẻ" and "khỏe", "uỳ" and "ùy" are the same word written in the new and
    the old style. Each syllable's tone mark is moved to the syllable's end, so both
    styles give the same text (tone position never tells two words apart).
    """
    decomposed = unicodedata.normalize("NFD", value)
    return unicodedata.normalize(
        "NFC", _SYLLABLE.sub(_tone_to_syllable_end, decomposed)
    )


def normalise_text(value: str, *, ignore_diacritics: bool) -> str:
    """Case, spacing, Unicode form and tone placement do not matter; diacritics
    neither when ``ignore_diacritics``."""
    value = " ".join(str(value).split()).casefold()
    if ignore_diacritics:
        value = without_diacritics(value)
    return normalise_tone_placement(value)


class QuestionCategory(models.Model):
    """A folder of a course's question bank; quizzes draw random questions from it."""

    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="question_categories",
        verbose_name=_("course"),
    )
    name = models.CharField(_("name"), max_length=200)

    panels = [FieldPanel("course"), FieldPanel("name")]

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["course_id", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "name"], name="assessments_category_unique_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course.title} / {self.name}"


class QuestionQuerySet(PolymorphicQuerySet):
    def in_course(self, course_id: int):
        return self.filter(category__course_id=course_id)


class Question(ClusterableModel, PolymorphicModel):
    """The base every type extends: text, points, the explanation shown on review."""

    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    text = models.TextField(_("question text"))
    text_format = models.CharField(
        _("text format"),
        max_length=10,
        choices=TextFormat.choices,
        default=TextFormat.PLAIN,
        blank=True,
        help_text=_(
            "How the question text, explanation and feedback are written; "
            "HTML is sanitised when shown."
        ),
    )
    shuffle_answers = models.BooleanField(
        _("shuffle the answers"),
        default=True,
        help_text=_("Off: the answers always show in the order written."),
    )
    points = models.DecimalField(
        _("points"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_(
            "Shown to trainees on review, when the quiz's review policy allows."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    #: Fingerprint of the file item a question was imported from, so importing the
    #: same question again into its category is reported instead of duplicated.
    import_key = models.CharField(max_length=64, blank=True, editable=False)

    #: Template of the trainee's input; gets ``question``, ``item`` and ``choices``.
    input_template: ClassVar[str] = ""
    #: Template of the review; gets ``question``, ``item``, ``choices``, ``policy``.
    review_template: ClassVar[str] = ""
    #: Graded on submit (False: a lecturer grades it).
    auto_graded: ClassVar[bool] = True
    #: Whether the order of this type's choices is shuffled per attempt.
    shuffles_choices: ClassVar[bool] = False
    #: Shuffled even when the quiz does not shuffle: the authoring order is the key.
    always_shuffles: ClassVar[bool] = False
    #: Short machine name of the type (seed data, URLs).
    kind: ClassVar[str] = ""

    base_panels: ClassVar[list] = [
        FieldPanel("category"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("text_format"),
        FieldPanel("points"),
        FieldPanel("explanation"),
    ]

    objects = PolymorphicManager.from_queryset(QuestionQuerySet)()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category_id", "id"]

    def __str__(self) -> str:
        return self.title or shorten_at_word(self.text, 80)

    # -- attempts ---------------------------------------------------------------
    def display_order(
        self, choice_ids: list[int], rng: random.Random, *, quiz_shuffles: bool
    ) -> list[int]:
        """The order one attempt shows the choices in (fixed when it starts).

        A type whose authoring order is its key never shows that order when there
        is another one to show.
        """
        order = list(choice_ids)
        if not (self.always_shuffles or (quiz_shuffles and self.shuffles_choices)):
            return order
        rng.shuffle(order)
        if self.always_shuffles and len(set(order)) > 1:
            while order == list(choice_ids):
                rng.shuffle(order)
        return order

    def parse_response(
        self, data, prefix: str, choices: list[Choice], keys: ChoiceKeys
    ) -> Any:
        """The response held in posted form ``data`` (fields named ``prefix``...).

        Choices are posted by their tokens in ``keys``; the response holds ids.
        """
        raise NotImplementedError

    def is_blank(self, response: Any) -> bool:
        """Whether the response says nothing (not counted as answered)."""
        if isinstance(response, str):
            return not response.strip()
        return response is None or response == []

    def grade(self, response: Any, choices: list[Choice]) -> Decimal | None:
        """The score in [0, points]; ``None`` when a lecturer has to grade."""
        raise NotImplementedError

    def wrong_picks(self, response: Any, choices: list[Choice]) -> list[int]:
        """Ids of wrong choices the response picked (for per-question analysis)."""
        return []

    def describe_response(self, response: Any, choices: list[Choice]) -> str:
        """The response as plain text, for exports."""
        return "" if response is None else str(response)

    def valid_choice_ids(self, choices: list[Choice]) -> set[int]:
        return {c.pk for c in choices}


class Choice(models.Model):
    """One option of a question: a choice, an accepted answer, or an ordering item.

    ``fraction`` is the share of the points it earns (negative: a penalty); for ordering
    questions ``position`` is the right place of the item.
    """

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField(_("text"))
    fraction = models.DecimalField(
        _("fraction of the points"),
        max_digits=6,
        decimal_places=4,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("-1")), MaxValueValidator(Decimal("1"))],
        help_text=_(
            "Share of the points this choice earns: 1 = all, 0.5 = half, 0 = none, "
            "negative = a penalty. In a multiple choice question the picked choices' "
            "shares add up, and the total is kept between 0 and 1 (as in Moodle)."
        ),
    )
    feedback = models.TextField(_("feedback"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("fraction"), FieldPanel("position")]),
        FieldPanel("feedback"),
    ]

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return shorten_at_word(self.text, 80)

    @property
    def is_right(self) -> bool:
        return self.fraction > 0


def _choice_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------------
# Single choice
# ---------------------------------------------------------------------------------
class SingleChoiceQuestion(Question):
    """One answer to pick; each choice earns its fraction of the points."""

    input_template = "assessments/includes/input_single_choice.html"
    review_template = "assessments/includes/review_choices.html"
    shuffles_choices = True
    kind = "single_choice"

    panels = [
        *Question.base_panels,
        FieldPanel("shuffle_answers"),
        InlinePanel("choices", label=_("Choices")),
    ]

    class Meta:
        verbose_name = _("single choice question")
        verbose_name_plural = _("single choice questions")

    def parse_response(self, data, prefix, choices, keys):
        value = data.get(prefix)
        if value in (None, ""):
            return None
        choice_id = keys.choice_id(value)
        if choice_id not in self.valid_choice_ids(choices):
            raise ValidationError(_("That choice does not belong to this question."))
        return choice_id

    def grade(self, response, choices):
        fractions = {c.pk: c.fraction for c in choices}
        fraction = fractions.get(_choice_id(response), ZERO)
        return clamp_score(self.points * fraction, self.points)

    def wrong_picks(self, response, choices):
        return [
            c.pk for c in choices if c.pk == _choice_id(response) and not c.is_right
        ]

    def describe_response(self, response, choices):
        return next((c.text for c in choices if c.pk == _choice_id(response)), "")


# ---------------------------------------------------------------------------------
# Multiple choice
# ---------------------------------------------------------------------------------
class MultipleChoiceQuestion(Question):
    """Any number of answers to tick.

    Fractions (Moodle): the picked choices' fractions add up, and the sum is kept in
    [0, 1]; wrong choices carry negative fractions so that ticking everything does
    not pay. All-or-nothing: full points only for exactly the choices with a
    positive fraction.
    """

    class Scoring(models.TextChoices):
        ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
        PARTIAL = "partial", _("Sum of the picked choices' fractions (Moodle)")

    scoring = models.CharField(
        _("scoring"), max_length=20, choices=Scoring.choices, default=Scoring.PARTIAL
    )

    input_template = "assessments/includes/input_multiple_choice.html"
    review_template = "assessments/includes/review_choices.html"
    shuffles_choices = True
    kind = "multiple_choice"

    panels = [
        *Question.base_panels,
        FieldPanel("scoring"),
        FieldPanel("shuffle_answers"),
        InlinePanel("choices", label=_("Choices")),
    ]

    class Meta:
        verbose_name = _("multiple choice question")
        verbose_name_plural = _("multiple choice questions")

    def parse_response(self, data, prefix, choices, keys):
        values = data.getlist(prefix) if hasattr(data, "getlist") else data.get(prefix)
        if values in (None, ""):
            return []
        if not isinstance(values, list):
            values = [values]
        ids = {keys.choice_id(v) for v in values if v not in ("", None)}
        if not ids <= self.valid_choice_ids(choices):
            raise ValidationError(_("That choice does not belong to this question."))
        return sorted(ids)

    def _picked(self, response) -> set[int]:
        if not isinstance(response, list):
            return set()
        return {i for i in (_choice_id(v) for v in response) if i is not None}

    def grade(self, response, choices):
        picked = self._picked(response)
        right = {c.pk for c in choices if c.is_right}
        if self.scoring == self.Scoring.ALL_OR_NOTHING:
            earned = self.points if right and picked == right else ZERO
            return clamp_score(earned, self.points)
        share = sum((c.fraction for c in choices if c.pk in picked), ZERO)
        share = max(ZERO, min(Decimal("1"), share))
        return clamp_score(self.points * share, self.points)

    def wrong_picks(self, response, choices):
        picked = self._picked(response)
        return [c.pk for c in choices if c.pk in picked and not c.is_right]

    def describe_response(self, response, choices):
        picked = self._picked(response)
        return "; ".join(c.text for c in choices if c.pk in picked)


# ---------------------------------------------------------------------------------
# True / false
# ---------------------------------------------------------------------------------
class TrueFalseQuestion(Question):
    """A statement that is true or false."""

    correct_answer = models.BooleanField(_("the statement is true"), default=True)
    feedback_true = models.TextField(_("feedback when answering true"), blank=True)
    feedback_false = models.TextField(_("feedback when answering false"), blank=True)

    input_template = "assessments/includes/input_true_false.html"
    review_template = "assessments/includes/review_true_false.html"
    kind = "true_false"

    panels = [
        *Question.base_panels,
        FieldPanel("correct_answer"),
        FieldRowPanel([FieldPanel("feedback_true"), FieldPanel("feedback_false")]),
    ]

    class Meta:
        verbose_name = _("true/false question")
        verbose_name_plural = _("true/false questions")

    def parse_response(self, data, prefix, choices, keys):
        value = data.get(prefix)
        if value in (None, ""):
            return None
        if value not in ("true", "false"):
            raise ValidationError(_("Answer true or false."))
        return value == "true"

    def grade(self, response, choices):
        if not isinstance(response, bool):
            return ZERO.quantize(CENT)
        return clamp_score(
            self.points if response == self.correct_answer else ZERO, self.points
        )

    def describe_response(self, response, choices):
        if response is None:
            return ""
        return str(_("True") if response else _("False"))

    def feedback_for(self, response) -> str:
        if response is None:
            return ""
        return self.feedback_true if response else self.feedback_false


# ---------------------------------------------------------------------------------
# Short answer
# ---------------------------------------------------------------------------------
class ShortAnswerQuestion(Question):
    """A few words typed in; compared with the accepted answers.

    Matching ignores case, spacing, the Unicode form and the old/new placement of
    tone marks ("Hoà Bình" is "Hòa Bình"), and all Vietnamese diacritics when the
    lecturer allows it. Each accepted answer has its fraction (partial credit).
    """

    ignore_diacritics = models.BooleanField(
        _("ignore Vietnamese diacritics"),
        default=False,
        help_text=_("Accept “cau noi” for “cầu nối”."),
    )

    input_template = "assessments/includes/input_short_answer.html"
    review_template = "assessments/includes/review_short_answer.html"
    kind = "short_answer"

    panels = [
        *Question.base_panels,
        FieldPanel("ignore_diacritics"),
        InlinePanel("choices", label=_("Accepted answers")),
    ]

    class Meta:
        verbose_name = _("short answer question")
        verbose_name_plural = _("short answer questions")

    def parse_response(self, data, prefix, choices, keys):
        value = data.get(prefix)
        if value is None:
            return ""
        return str(value)[:500]

    def matching_choice(self, response, choices) -> Choice | None:
        if not isinstance(response, str) or not response.strip():
            return None

        def normalise(value: str) -> str:
            return normalise_text(value, ignore_diacritics=self.ignore_diacritics)

        matches = [c for c in choices if wildcard_match(c.text, response, normalise)]
        return max(matches, key=lambda c: c.fraction, default=None)

    def grade(self, response, choices):
        match = self.matching_choice(response, choices)
        fraction = match.fraction if match is not None else ZERO
        return clamp_score(self.points * fraction, self.points)


# ---------------------------------------------------------------------------------
# Ordering
# ---------------------------------------------------------------------------------
class OrderingQuestion(Question):
    """Items to put in order (the steps of a crisis response).

    Partial credit by correct relative positions: the share of item pairs the trainee
    put in the right order. Items with the same text are interchangeable. The answer
    must give every item its own position: a tie or a gap is refused, never broken by
    any order the server knows (that order is the key).
    """

    input_template = "assessments/includes/input_ordering.html"
    review_template = "assessments/includes/review_ordering.html"
    shuffles_choices = True
    always_shuffles = True
    kind = "ordering"

    panels = [
        *Question.base_panels,
        InlinePanel(
            "choices",
            label=_("Items (in the right order; the position sets it)"),
        ),
    ]

    class Meta:
        verbose_name = _("ordering question")
        verbose_name_plural = _("ordering questions")

    def parse_response(self, data, prefix, choices, keys):
        valid = self.valid_choice_ids(choices)
        extra = [
            k
            for k in data
            if k.startswith(f"{prefix}_")
            and keys.choice_id(k[len(prefix) + 1 :]) not in valid
        ]
        if extra:
            raise ValidationError(_("That item does not belong to this question."))
        placed: dict[int, int] = {}
        for choice_id in valid:
            raw = data.get(f"{prefix}_{keys.token(choice_id)}")
            if raw in (None, ""):
                continue
            try:
                placed[choice_id] = int(raw)
            except (TypeError, ValueError) as error:
                raise ValidationError(_("Give each item a position number.")) from error
        if not placed:
            return []
        return self.order_from_positions(placed, count=len(valid))

    @staticmethod
    def order_from_positions(placed: dict[int, int], *, count: int) -> list[int]:
        """Item ids in the order their positions give; positions must be 1..n once.

        Refusing a tie or a gap is the rule: any tie-break would use an order the
        trainee did not give.
        """
        if sorted(placed.values()) != list(range(1, count + 1)):
            raise ValidationError(
                _(
                    "Give every item its own position, from 1 to %(n)s: "
                    "no position twice and none left out."
                )
                % {"n": count}
            )
        return [
            choice_id for choice_id, _pos in sorted(placed.items(), key=lambda p: p[1])
        ]

    def grade(self, response, choices):
        if not isinstance(response, list) or len(choices) < 2:
            return ZERO.quantize(CENT)
        ids = [_choice_id(v) for v in response]
        by_id = {c.pk: c for c in choices}
        if len(ids) != len(by_id) or set(ids) != set(by_id):
            return ZERO.quantize(CENT)  # not a complete arrangement of these items
        ordered = sorted(choices, key=lambda c: (c.position, c.pk))
        rank: dict[str, int] = {}
        for index, c in enumerate(ordered):
            rank.setdefault(normalise_text(c.text, ignore_diacritics=False), index)
        ranks = [
            rank[normalise_text(by_id[i].text, ignore_diacritics=False)] for i in ids
        ]
        pairs = len(ranks) * (len(ranks) - 1) // 2
        right = sum(
            1
            for i in range(len(ranks))
            for j in range(i + 1, len(ranks))
            if ranks[i] <= ranks[j]
        )
        return clamp_score(self.points * Decimal(right) / Decimal(pairs), self.points)

    def describe_response(self, response, choices):
        by_id = {c.pk: c.text for c in choices}
        if not isinstance(response, list):
            return ""
        return " → ".join(by_id.get(_choice_id(v), "?") for v in response)


# ---------------------------------------------------------------------------------
# Essay
# ---------------------------------------------------------------------------------
class EssayQuestion(Question):
    """A written answer a lecturer grades against the rubric."""

    rubric = RichTextField(
        _("rubric"),
        blank=True,
        help_text=_("How the lecturer awards the points; shown in the grading queue."),
    )
    min_words = models.PositiveIntegerField(_("suggested minimum words"), default=0)

    input_template = "assessments/includes/input_essay.html"
    review_template = "assessments/includes/review_essay.html"
    auto_graded = False
    kind = "essay"

    panels = [*Question.base_panels, FieldPanel("rubric"), FieldPanel("min_words")]

    class Meta:
        verbose_name = _("essay question")
        verbose_name_plural = _("essay questions")

    def parse_response(self, data, prefix, choices, keys):
        value = data.get(prefix)
        return "" if value is None else str(value)[:20000]

    def grade(self, response, choices):
        return None


#: Every concrete type, in the order the admin offers them.
QUESTION_TYPES: list[type[Question]] = [
    SingleChoiceQuestion,
    MultipleChoiceQuestion,
    TrueFalseQuestion,
    ShortAnswerQuestion,
    OrderingQuestion,
    EssayQuestion,
]


def question_type_by_kind(kind: str) -> type[Question]:
    return next(t for t in QUESTION_TYPES if t.kind == kind)


__all__ = [
    "Choice",
    "EssayQuestion",
    "MultipleChoiceQuestion",
    "OrderingQuestion",
    "QUESTION_TYPES",
    "Question",
    "QuestionCategory",
    "ShortAnswerQuestion",
    "SingleChoiceQuestion",
    "TrueFalseQuestion",
    "clamp_score",
    "normalise_text",
    "normalise_tone_placement",
    "question_type_by_kind",
]
