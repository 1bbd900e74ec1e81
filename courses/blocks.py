"""The blocks a lecturer builds a lesson from.

Each block names what it is for in teaching (a key message, a case study, a practice
exercise) rather than how it looks, so lecturers pick by intent and the templates keep
every module consistent.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


def labelled_input(block: blocks.FieldBlock) -> blocks.FieldBlock:
    """Give a field block's input its label as ``aria-label``.

    Inside a ListBlock, Wagtail's editor shows each child's label only as the panel
    heading, so the input itself has no accessible name (axe: critical ``label``).
    Setting the widget's attribute keeps the block's definition (and migrations) as
    they are.
    """
    block.field.widget.attrs["aria-label"] = block.label
    return block


class LabelledRichTextBlock(blocks.RichTextBlock):
    """A rich-text block whose editor is named by the block's label.

    A StreamField's top-level rich-text child has no <label>: Draftail's editable
    area had no accessible name (axe: serious ``aria-input-field-name``). Draftail
    takes its props from the widget's options, ``ariaLabel`` among them. Only the
    editor changes, so the block deconstructs as a plain RichTextBlock and the
    StreamField's migration state stays as it was.
    """

    @cached_property
    def field(self):
        field = super().field
        field.widget.options["ariaLabel"] = self.label
        return field

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return ("wagtail.blocks.RichTextBlock", args, kwargs)


class HeadingBlock(blocks.StructBlock):
    """A section heading; lessons use h2 for sections and h3 below them."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "courses/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section or subsection heading.")
        preview_value = {"text": "1. Phát ngôn là trách nhiệm", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """A picture with the caption and credit trainees need to read it."""

    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=200)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        label = _("Image with caption")
        description = _("A picture with a caption and its source.")
        preview_value = {"caption": "Điểm cầu Sở Thông tin và Truyền thông"}


class VideoBlock(blocks.StructBlock):
    """A recorded talk or news clip from YouTube, Vimeo or another oEmbed provider."""

    video = EmbedBlock(label=_("video address"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"
        label = _("Video")
        description = _("A video embedded from its address (YouTube, Vimeo...).")
        preview_value = {"caption": "Bài giảng ghi hình"}


class DocumentBlock(blocks.StructBlock):
    """A handout, a law or a slide deck trainees can download."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_block.html"
        label = _("Document download")
        description = _("A file trainees can download: slides, a law, a handout.")
        preview_value = {"title": "Nghị định 09/2017/NĐ-CP"}


class KeyMessageBlock(blocks.StructBlock):
    """The one thing to remember from a section, set apart from the text."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    text = blocks.TextBlock(label=_("message"))

    class Meta:
        icon = "pick"
        template = "courses/blocks/key_message_block.html"
        label = _("Key message")
        description = _("A call-out with the message trainees must remember.")
        preview_value = {
            "title": "Thông điệp cốt lõi",
            "text": "Im lặng không làm vấn đề biến mất.",
        }


class CaseStudyBlock(blocks.StructBlock):
    """A real or realistic case: what the situation was, what happened, the lessons."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    situation = LabelledRichTextBlock(label=_("situation"), features=RICH_FEATURES)
    what_happened = LabelledRichTextBlock(
        label=_("what happened"), features=RICH_FEATURES
    )
    lessons = LabelledRichTextBlock(label=_("what to learn"), features=RICH_FEATURES)

    class Meta:
        icon = "folder-open-inverse"
        template = "courses/blocks/case_study_block.html"
        label = _("Case study")
        description = _("A situation, what happened, and what to learn from it.")
        preview_value = {
            "title": "Tình huống giả định",
            "situation": "<p>Một bài báo phản ánh ...</p>",
            "what_happened": "<p>Người phát ngôn trả lời trong ngày.</p>",
            "lessons": "<ul><li>Trả lời sớm, đúng thẩm quyền.</li></ul>",
        }


class ChecklistBlock(blocks.StructBlock):
    """Steps or questions to tick off, e.g. before speaking to the press."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    items = blocks.ListBlock(
        labelled_input(blocks.CharBlock(label=_("item"))), label=_("items")
    )

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/checklist_block.html"
        label = _("Checklist")
        description = _("A list of points to check.")
        preview_value = {
            "title": "Tự kiểm tra",
            "items": ["Đúng thẩm quyền?", "Số liệu đã xác nhận?"],
        }


class ExerciseBlock(blocks.StructBlock):
    """A task to try first; the model answer stays folded until the trainee opens it."""

    prompt = LabelledRichTextBlock(label=_("task"), features=RICH_FEATURES)
    model_answer = LabelledRichTextBlock(
        label=_("model answer"), features=RICH_FEATURES
    )

    class Meta:
        icon = "edit"
        template = "courses/blocks/exercise_block.html"
        label = _("Practice exercise")
        description = _("A task, with a model answer revealed on demand.")
        preview_value = {
            "prompt": "<p>Viết một đoạn phát ngôn ngắn.</p>",
            "model_answer": "<p>Gợi ý: nêu sự việc, biện pháp, đầu mối.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source, so trainees can cite it."""

    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), required=False, max_length=300)

    class Meta:
        icon = "openquote"
        template = "courses/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation and where it comes from.")
        preview_value = {
            "text": "Người phát ngôn chịu trách nhiệm về nội dung phát ngôn.",
            "source": "Nghị định 09/2017/NĐ-CP",
        }


class LessonStreamBlock(blocks.StreamBlock):
    """Every block a module's lesson may use; the one base for lesson bodies."""

    heading = HeadingBlock()
    paragraph = LabelledRichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        template="courses/blocks/paragraph_block.html",
        description=_("Paragraphs, lists and links."),
        preview_value="<p>Phát ngôn là trách nhiệm của cơ quan hành chính.</p>",
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_message = KeyMessageBlock()
    case_study = CaseStudyBlock()
    checklist = ChecklistBlock()
    exercise = ExerciseBlock()
    quote = QuoteBlock()


class LegalBasisBlock(blocks.StructBlock):
    """One legal text a module relies on, with the period in which it is in force.

    The dates let the platform tell a lecturer when the lesson cites a text that has
    been replaced (see ``courses.currency``)."""

    title = blocks.CharBlock(
        label=_("title"),
        max_length=300,
        help_text=_("e.g. “Luật Báo chí” or “Nghị định quy định chi tiết …”."),
    )
    number = blocks.CharBlock(
        label=_("number"),
        max_length=60,
        help_text=_("The text's number, e.g. 126/2025/QH15."),
    )
    issued_on = blocks.DateBlock(label=_("issued on"))
    effective_from = blocks.DateBlock(
        label=_("in force from"),
        required=False,
        help_text=_(
            "Leave empty only while the date is being checked; say so in the note."
        ),
    )
    effective_until = blocks.DateBlock(
        label=_("in force until"),
        required=False,
        help_text=_("Leave empty while the text is in force and no end is known."),
    )
    note = blocks.CharBlock(
        label=_("note"),
        required=False,
        max_length=300,
        help_text=_("What the module takes from it, or what still has to be checked."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Legal basis")
