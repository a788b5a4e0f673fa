-- SPDX-License-Identifier: MIT
-- ZD.HOST.1: Service Data is hosted in one of the listed AWS regions.
-- Check: the pod id (account_settings lotus.pod_id) is shown as evidence; the AWS region is only
--   disclosed by Zendesk on request, so a person always decides.

id = "ZD.HOST.1"
title = "Service Data is hosted in one of the listed AWS regions"
seed_ref = "A, \"AWS regions where Zendesk hosts subscriber Service Data\" (including the July 2024 "
  .. "additions)"
product = "Account (all AWS-hosted Zendesk services)"
kind = "setting"
responsible = "shared"
exception = "global-only"
automation = "manual"
description = "The AWS region that holds the account's Service Data must be one of the nine regions "
  .. "Zendesk lists: US East (N. Virginia), us-east-1; US East (Ohio), us-east-2; US West "
  .. "(Oregon), us-west-2; Europe (Ireland), eu-west-1; Europe (Frankfurt), eu-central-1; UK "
  .. "(London), eu-west-2; Asia Pacific (Tokyo), ap-northeast-1; Asia Pacific (Osaka), "
  .. "ap-northeast-3; Asia Pacific (Sydney), ap-southeast-2. For a healthcare-enabled account,"
  .. " the region must also be the one the subscriber's own legal analysis requires. Zendesk "
  .. "tells a subscriber which region hosts its subdomain only when asked through Zendesk "
  .. "Customer Support. Responsibility (shared): Zendesk places and operates the hosting. The "
  .. "subscriber must know the region and verify it (SRM III.1.b, III.1.d)."
evidence = "Written confirmation from Zendesk Customer Support that names the AWS region for the "
  .. "subdomain, dated and re-confirmed periodically (see HOST.4). The order form, if the Data"
  .. " Center Location add-on fixes a region. Heuristic only, unverified: Zendesk HTTP "
  .. "responses may expose pod or region hints. These can corroborate the region but are not "
  .. "proof."
remediation = "Open a ticket with Zendesk Customer Support asking which AWS region hosts the subdomain;"
  .. " file the dated answer with the compliance records and re-ask at least yearly. If the "
  .. "region does not meet the legal analysis, buy the Data Center Location add-on (ZD.HOST.2)"
  .. " and ask Zendesk to move the account."
question = "Open a ticket with Zendesk Customer Support asking which AWS region hosts this "
  .. "subdomain, and confirm the answer names one of the nine listed regions (us-east-1, "
  .. "us-east-2, us-west-2, eu-west-1, eu-central-1, eu-west-2, ap-northeast-1, ap-northeast-3, "
  .. "ap-southeast-2) and the region the subscriber's legal analysis requires (zdaudit parameter "
  .. "required_regions). Keep Zendesk's dated written answer, re-confirmed at least yearly "
  .. "(ZD.HOST.4), and the order form if the Data Center Location add-on fixes the region."

-- check --
uses = { "account_settings" }
params = { "required_regions" }

function check(snap, ctx)
  local pod = zd.get(snap.account_settings, "settings.lotus.pod_id")
  local regions = zd.str(ctx.params.required_regions) or ""
  local ev = { { endpoint = "account_settings", path = "settings.lotus.pod_id",
                 actual = pod == nil and "not read" or pod,
                 note = "the pod hints at, but does not prove, the hosting region" } }
  if regions ~= "" then
    ev[#ev + 1] = { note = "required regions (parameter required_regions): " .. regions }
  end
  return zd.manual("Zendesk discloses the AWS region only on request"
    .. (pod ~= nil and (" (this account is on pod " .. tostring(pod) .. ")") or "")
    .. ": keep Zendesk Support's dated written confirmation of the region"
    .. (regions ~= "" and (" and check it is one of: " .. regions) or "") .. ".", ev)
end
