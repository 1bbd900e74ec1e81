"""The presence pipeline: derived state kept up to date as events arrive, off the
request path.

Data flows one way: a webhook or a check-in stores its row and answers; after the
commit it only *tells* this process's worker (``worker.py``, an asyncio task). Every
~100 ms the worker folds the new connection events into their identity's summary
(``summaries.py``: work bounded by that identity's own events), computes each changed
dashboard row once and sends one ready message per group (``fanout.py``). The
periodic repair (``repair.py``) folds whatever a dead process left behind, so
nothing is lost.
"""
