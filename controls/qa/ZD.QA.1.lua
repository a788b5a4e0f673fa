-- SPDX-License-Identifier: MIT
-- ZD.QA.1: QA's AI is not used for medical advice, diagnosis, treatment or eligibility decisions.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.1"
title = "QA's AI is not used for medical advice, diagnosis, treatment or eligibility decisions"
seed_ref = "XI.1 (section added 2024-12-16)"
product = "Zendesk QA (AI features)"
kind = "process"
responsible = "subscriber"
exception = "explicit"
alternative = "Make and document the subscriber's own determination, taking full responsibility for it."
automation = "manual"
description = "Zendesk QA's AI features exist to make the service more productive. The subscriber must "
  .. "not use them in any way that could: (i) give medical or healthcare advice (ii) diagnose "
  .. "conditions; (iii) direct treatment; (iv) discourage users from seeking professional "
  .. "advice, diagnosis or treatment; (v) otherwise inform users, or make decisions that "
  .. "include them in or exclude them from something (by analogy with AI.1: health plans or "
  .. "services). The exception is where the subscriber itself has made that determination for "
  .. "its use case and user interactions and takes responsibility for it, including the "
  .. "implications of using AI that way."
evidence = "A QA AI use-case review and any exception approvals."
remediation = "Document that Zendesk QA's AI is not used for medical advice, diagnosis, treatment or "
  .. "eligibility decisions, or record the subscriber's own determination and responsibility."
question = "Produce the review of Zendesk QA AI features in use (AutoQA, spotlight, AI insights)"
  .. " showing they are not used for medical advice, diagnosis, treatment or eligibility decisions,"
  .. " or the subscriber's signed determination to accept such use. Keep the review and any"
  .. " approval."
