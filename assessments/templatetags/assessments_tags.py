from django import template
from django.template.loader import render_to_string

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
