-- SPDX-License-Identifier: MIT
-- ZD.SUP.11.2: If legacy CSAT is used, the subscriber takes full responsibility.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.11.2"
title = "If legacy CSAT is used, the subscriber takes full responsibility"
seed_ref = "I.11.b"
product = "Support (legacy CSAT)"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "manual"
description = "If legacy CSAT is used, the subscriber accepts full responsibility for it, including the"
  .. " data it emails."
evidence = "Exception-register entry."
remediation = "Record in the exception register that legacy CSAT is used, what data it emails, and who "
  .. "approved it."
question = "If legacy CSAT is used, confirm the exception register has an entry stating that it is "
  .. "used, which ticket data its emails carry, that the subscriber takes full responsibility for "
  .. "it, and the approver and date. Keep the entry."
