-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.5: Supply a TLS certificate for host-mapped domains when needed.
-- Check: as ZD.SUP.2, through lib/tls.lua: each host-mapped brand needs a valid certificate
--   (Zendesk-provisioned or supplied); no probe is manual, no host mapping not applicable.

id = "ZD.GEN.13.5"
title = "Supply a TLS certificate for host-mapped domains when needed"
seed_ref = "SRM III.1.e"
product = "Brands / host mapping"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "If traffic to the Zendesk UI or API is host-mapped to a parent domain that Zendesk does "
  .. "not own, the subscriber provides Zendesk with an alternate TLS certificate when one is "
  .. "needed to encrypt that traffic. The healthcare rule is SUP.2."
evidence = "See SUP.2."
remediation = "For every host-mapped brand, enable Hosted SSL in Admin Center > Account > Brand "
  .. "management > Brands (Zendesk-provisioned certificate) or upload the subscriber's "
  .. "certificate, and renew it before it expires."
question = "For every brand with host mapping in Admin Center > Account > Brand management > "
  .. "Brands, confirm Hosted SSL is on with a Zendesk-provisioned or uploaded certificate that "
  .. "covers the host name and has not expired (see ZD.SUP.2). Keep a dated screenshot of each "
  .. "brand's SSL status or the certificate details."

-- check --
requires = { "brands" }
uses = { "tls_probes", "host_mapping_checks" }
params = { "cert_expiry_warning_days" }

local tls = require "tls"
local S = require "status"

function check(snap, ctx)
  local st, details, ev = tls.evaluate(snap, ctx)
  return S.result(st, details, ev)
end
