-- SPDX-License-Identifier: MIT
-- ZD.GEN.7: Track baseline revisions and re-assess.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.7"
title = "Track baseline revisions and re-assess"
seed_ref = "D, closing disclaimer (\"may change in future due to changes in law, regulation or the "
  .. "service\") and change history"
product = "All"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The configuration set changes over time. The article has 17 dated revisions between "
  .. "2019-01-17 and 2025-01-24. The subscriber should watch the article and re-assess each "
  .. "healthcare-enabled account whenever it changes."
evidence = "The baseline version the assessment used, for example \"article D edited 2025-01-28, "
  .. "change-history entry 2025-01-24\". Every zdaudit report states it (baseline revision). Re-assessment dates."
remediation = "Follow Zendesk's \"minimum security configuration for HIPAA- and HDS-enabled accounts\" "
  .. "article, and re-assess every healthcare-enabled account when its change history gets a "
  .. "new entry; record the baseline version used."
question = "Confirm someone follows Zendesk's article on the minimum security configuration for "
  .. "HIPAA- and HDS-enabled accounts (support.zendesk.com article 4408828395802) and re-assesses "
  .. "every healthcare-enabled account when its change history gets a new entry. Keep the baseline "
  .. "revision each assessment used (this report's header names it) and the re-assessment dates."
