// ClaimCheckText: sentences, tokens, numbers, figures and dates in English and French.
