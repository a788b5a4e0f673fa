-- SPDX-License-Identifier: MIT
-- ZD.QA.6: QA does not support private attachments, so no PHI may be in attachments that reach QA.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.6"
title = "QA does not support private attachments, so no PHI may be in attachments that reach QA"
seed_ref = "XI.6"
product = "Zendesk QA (attachments)"
kind = "content"
responsible = "subscriber"
exception = "explicit"
alternative = "Record that the subscriber accepts full responsibility for attachment URLs, content and "
  .. "access in QA."
automation = "manual"
description = "The subscriber acknowledges that Zendesk QA does not yet support Zendesk's "
  .. "private-attachments feature. Anyone with the correct attachment URL can open the "
  .. "attachment. Sensitive data, PHI included, must therefore not be placed in such "
  .. "attachments. The subscriber carries full responsibility for the URLs and the attachment "
  .. "content, and for access to both. Practical effect: SUP.5 does not protect attachments "
  .. "once they are synced to QA."
evidence = "QA connection scope (which channels and attachments sync) and the attachment policy, or "
  .. "an exception entry."
remediation = "Keep PHI out of attachments that sync to Zendesk QA, limit the QA connection scope, or "
  .. "record that the subscriber accepts responsibility."
question = "Show which channels and attachments the Zendesk QA connection syncs (Zendesk QA >"
  .. " Settings > Connections) and the policy keeping PHI out of those attachments, or the"
  .. " exception entry accepting responsibility for attachment URLs and content. Keep both."
