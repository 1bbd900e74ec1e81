from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from assessments.text_formats import render_text, sanitise_html

register = template.Library()


@register.simple_tag(takes_context=True)
def question_input(context, view, disabled=False):
    """The trainee's input for one drawn question; the type picks the template."""
    return render_to_string(
        view.question.input_template,
        {
            "question": view.question,
            "item": view.item,
            "choices": view.choices,
            "prefix": view.item.prefix,
            "response": view.item.response,
            "disabled": disabled,
        },
        request=context.get("request"),
    )


@register.simple_tag(takes_context=True)
def question_review(context, view, policy):
    """The review of one answer, showing only what ``policy`` allows."""
    response = view.item.response
    picked = set(response) if isinstance(response, list) else {response}
    return render_to_string(
        view.question.review_template,
        {
            "question": view.question,
            "item": view.item,
            "choices": view.choices,
            "response": response,
            "picked": picked,
            "policy": policy,
        },
        request=context.get("request"),
    )


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def formatted(value, fmt):
    """A question's text or feedback in its format, as sanitised HTML."""
    return render_text(value, fmt)


@register.filter
def safe_richtext(value):
    """Wagtail rich text (a rubric), expanded and then sanitised: an imported
    rubric may hold anything."""
    return mark_safe(sanitise_html(str(richtext(value))))
