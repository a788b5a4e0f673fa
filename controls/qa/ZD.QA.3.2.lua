-- SPDX-License-Identifier: MIT
-- ZD.QA.3.2: QA survey text contains no PHI, or the subscriber owns emailed PHI.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.3.2"
title = "QA survey text contains no PHI, or the subscriber owns emailed PHI"
seed_ref = "XI.3(ii)"
product = "Zendesk QA (survey emails)"
kind = "content"
responsible = "subscriber"
exception = "explicit"
alternative = "Record in the exception register that the subscriber accepts responsibility for PHI in "
  .. "survey emails."
automation = "manual"
description = "When surveys are used, one of two: configure them so that neither the survey questions "
  .. "nor their descriptions contain PHI, or take responsibility for any such data in the "
  .. "survey emails, which are sent with opportunistic STARTTLS, so encryption in transit is "
  .. "not guaranteed."
evidence = "Survey definitions reviewed for PHI, or an exception-register entry."
remediation = "Review QA survey texts for PHI and remove it, or record in the exception register that "
  .. "the subscriber owns PHI emailed by surveys."
question = "If QA surveys are used, export every survey's questions and descriptions and show a"
  .. " review finding no PHI, or the exception entry accepting responsibility for PHI in survey"
  .. " emails (sent with opportunistic STARTTLS). Keep the export and review."
