-- SPDX-License-Identifier: MIT
-- ZD.SUP.2: TLS always on; Hosted SSL for non-zendesk.com domains.
-- Check: lib/tls.lua on brands and the collector's tls_probes: each host-mapped brand needs a
--   trusted, unexpired certificate naming its host; no probe is manual, no host mapping n/a.

id = "ZD.SUP.2"
title = "TLS always on; Hosted SSL for non-zendesk.com domains"
seed_ref = "I.2"
product = "Account / brands"
kind = "setting"
responsible = "shared"
exception = "global-only"
automation = "auto"
description = "Encryption (SSL/TLS) must stay enabled for the healthcare-enabled account at all times. "
  .. "Any healthcare-enabled account that serves users on a domain other than zendesk.com "
  .. "(host mapping) must set up Hosted SSL for that domain and keep it valid. The certificate"
  .. " may be provisioned by Zendesk or supplied by the subscriber. Responsibility (shared): "
  .. "Zendesk encrypts UI and API traffic over public networks (SRM III.2.b). The subscriber "
  .. "must supply or keep a certificate for host-mapped domains (SRM III.1.e)."
evidence = "GET /api/v2/brands: for every brand with a host_mapping, a TLS handshake to that host "
  .. "name succeeds, with an unexpired certificate whose names cover the host. Plain-HTTP "
  .. "requests redirect to HTTPS. Admin Center shows the SSL certificate status."
remediation = "Keep Hosted SSL on for every host-mapped brand (Admin Center > Account > Brand "
  .. "management > Brands > brand > Host mapping), with a Zendesk-provisioned or uploaded "
  .. "certificate that covers the host name and is renewed before expiry; fix the CNAME if the"
  .. " host-mapping check fails."
question = "For every brand with host mapping (Admin Center > Account > Brand management > "
  .. "Brands), open https://<host> and confirm the certificate is trusted, unexpired and names the "
  .. "host, and that Admin Center shows Hosted SSL as active for the brand. Keep a dated "
  .. "screenshot of each brand's SSL status or the certificate details."

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
