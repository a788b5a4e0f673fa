-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.3: Support IP restrictions do not protect the Sunshine Conversations API.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.3"
title = "Support IP restrictions do not protect the Sunshine Conversations API"
seed_ref = "IV.3"
product = "Sunshine Conversations API"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber acknowledges that IP restrictions configured for Support do not apply to "
  .. "the Sunshine Conversations API. It is fully responsible for restricting access to that "
  .. "API and to its keys or tokens, as SUNCO.2.2 describes and its own policies require."
evidence = "Key custody (secrets vault, access list) and network controls on the systems that hold "
  .. "keys."
remediation = "Keep Sunshine Conversations keys in a secrets vault with an access list, and restrict "
  .. "network access on the systems that hold them; do not rely on Support IP restrictions."
question = "Show where each Sunshine Conversations key is kept (secrets vault path, not the"
  .. " secret), who can read it, and the network controls on the systems that hold it, since"
  .. " Support IP restrictions do not cover this API. Keep the vault access list and the network"
  .. " rule export."
