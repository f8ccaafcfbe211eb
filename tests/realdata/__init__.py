"""Real corpora (copied verbatim from ``shared/corpora``) and their fixed tuning / held-out split.

These are real phishing links and scam messages: tests read them as text only, never open or resolve them.
"""
