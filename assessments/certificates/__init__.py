"""Certificates: the rule that earns one, issuing, the PDF, public verification."""
