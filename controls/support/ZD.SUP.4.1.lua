-- SPDX-License-Identifier: MIT
-- ZD.SUP.4.1: OAuth 2.0: preferred; distinct client identities; least-privilege scopes.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.4.1"
title = "OAuth 2.0: preferred; distinct client identities; least-privilege scopes"
seed_ref = "I.4.a"
product = "Support API (OAuth)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Use OAuth 2.0 wherever possible. It offers the finest-grained control, but users must "
  .. "consent to the access it requests. Give every OAuth client a descriptive, unique name "
  .. "and a unique identifier. Give every OAuth token only the minimum permissions (scopes) "
  .. "needed for its task."
evidence = "GET /api/v2/oauth/clients: name unique and non-generic; identifier unique. GET "
  .. "/api/v2/oauth/tokens: scopes. Flag the broad read / write scopes where resource-specific"
  .. " scopes would do. Use used_at to find stale tokens."
remediation = "In Admin Center > Apps and integrations > APIs > OAuth clients, give each client a "
  .. "unique descriptive name and identifier; revoke OAuth tokens with broad read/write or "
  .. "impersonate scopes and re-issue them with resource-specific scopes; revoke unused "
  .. "tokens."
question = "Confirm that this holds for the account: OAuth 2.0: preferred; distinct client "
  .. "identities; least-privilege scopes. Keep as evidence: GET /api/v2/oauth/clients: name "
  .. "unique and non-generic; identifier unique. GET /api/v2/oauth/tokens: scopes. Flag the "
  .. "broad read / write scopes where resource-specific scopes would do. Use used_at to find "
  .. "stale tokens."
uses = { "oauth_clients", "oauth_tokens" }
