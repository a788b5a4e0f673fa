-- SPDX-License-Identifier: MIT
-- ZD.GEN.16.1: Investigate and remediate incidents inside the instance.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.16.1"
title = "Investigate and remediate incidents inside the instance"
seed_ref = "SRM VI.1.a"
product = "Subscriber incident response"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "For incidents inside its instance that do not stem from a vulnerability or incident of "
  .. "the service itself, the subscriber investigates and remediates suspected or actual "
  .. "compromise caused by any of: (i) weak access control or upkeep, including weak or "
  .. "publicly exploitable credentials (made explicit on 2023-06-16) (ii) insufficient "
  .. "monitoring of user activity; (iii) missing due diligence on communications or untrusted "
  .. "content arriving through user interactions; (iv) third-party integrations the subscriber"
  .. " chose to use."
evidence = "Incident-response plan that covers Zendesk, with runbooks (for example token revocation "
  .. "and session kill)."
remediation = "Write an incident-response plan that covers Zendesk, with runbooks for revoking API "
  .. "tokens and OAuth tokens, ending sessions and suspending users."
question = "Confirm the incident-response plan covers incidents inside this Zendesk account "
  .. "(compromised credentials, missed monitoring, malicious content, third-party integrations), "
  .. "with runbooks for revoking API and OAuth tokens, ending sessions and suspending users. Keep "
  .. "the plan, the runbooks and the record of the last exercise."
