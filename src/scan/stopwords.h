/* SPDX-License-Identifier: MIT
 * stopwords.h — capitalised words that follow name cues but are not
 * names ("the", "Patient", "Support", "MD"...): this project's own list,
 * compiled into the lexicon by tools/lexgen.c as ZD_LEX_STOP so a word is
 * judged by one lookup (detect_name.c, detect_fullname.c). Lower case;
 * one-letter words are tested apart (the lexicon holds words of two or
 * more letters). */
#ifndef ZD_SCAN_STOPWORDS_H
#define ZD_SCAN_STOPWORDS_H

static const char *const zd_stop_words[] = {
    "the", "this", "that", "these", "those", "there", "we", "you", "your",
    "i", "it", "its", "our", "my", "he", "she", "they", "his", "her",
    "team", "support", "customer", "customers", "service", "services",
    "thanks", "thank", "regards", "please", "hello", "hi", "hey", "dear",
    "sir", "madam", "all", "everyone", "staff", "admin", "administrator",
    "zendesk", "agent", "agents", "user", "users", "patient", "patients",
    "name", "names", "unknown", "n", "a", "an", "and", "or", "not", "no",
    "yes", "none", "null", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "tomorrow", "yesterday", "again",
    "for", "in", "on", "at", "to", "from", "with", "of", "by", "is",
    "was", "are", "be", "will", "can", "if", "so", "as", "first", "last",
    "full", "new", "care", "health", "account", "billing", "company",
    "organization", "department", "office", "clinic", "hospital",
    "pharmacy", "group", "inc", "llc", "ltd", "corp", "best", "kind",
    "warm", "good", "great", "morning", "afternoon", "evening", "note",
    "notes", "ticket", "request", "subject", "date", "time", "phone",
    "email", "address", "id", "number", "type", "status", "required",
    "field", "value", "here", "what", "when", "where", "who", "how", "why",
    "help", "info", "information", "portal", "center", "centre", "desk",
    "but", "who", "which", "because", "suite", "apt", "unit", "also",
    "just", "calling", "writing", "speaking", "im", "here", "there",
    "would", "like", "need", "want", "has", "had", "have", "did", "does",
    /* clinical abbreviations and words after titles and roles */
    "md", "rn", "np", "pa", "pt", "pts", "ot", "rt", "icu", "er", "ed",
    "ccu", "micu", "sicu", "nicu", "pacu", "hcp", "pcp", "neuro", "resp",
    "cv", "gi", "gu", "ho", "cna", "lpn", "mr", "mrs", "ms", "dr", "vs",
    "prn", "po", "iv", "npo", "ok", "aware", "family", "team", "called",
    "into", "up", "out", "re", "about", "after", "before", "still", "now",
    "then", "said", "says", "reports", "states", "will", "per", "s",
    NULL
};

#endif
