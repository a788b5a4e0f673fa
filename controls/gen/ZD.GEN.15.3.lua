-- SPDX-License-Identifier: MIT
-- ZD.GEN.15.3: Marketplace apps are maintained by their developers, not Zendesk.
-- Check: lists installed apps so each Marketplace app and its developer is vetted by a person;
--   none installed is not applicable.

id = "ZD.GEN.15.3"
title = "Marketplace apps are maintained by their developers, not Zendesk"
seed_ref = "SRM V, footnote"
product = "Marketplace apps"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Marketplace apps run inside Zendesk's architectural boundary but are not covered by the "
  .. "standard MSA. The terms between the subscriber and the app developer govern them, under "
  .. "Zendesk's Marketplace terms. Maintaining them is the developer's job. The subscriber "
  .. "should therefore vet each installed app and its developer. Derived for healthcare "
  .. "accounts: decide whether PHI reaches the app, and whether a BAA or HDS terms with the "
  .. "developer are needed. Responsibility (subscriber): The app developer, a third party, "
  .. "maintains the app."
evidence = "GET /api/v2/apps/installations plus app metadata (developer), each with a recorded "
  .. "review."
remediation = "For every Marketplace app installed, record the developer, the terms that govern it, "
  .. "whether PHI reaches it, and whether a BAA or HDS terms with the developer are needed; "
  .. "uninstall apps that fail the review."
question = "For every app in Admin Center > Apps and integrations > Apps > Zendesk Support apps, "
  .. "confirm a review records the developer, the terms that govern the app, whether PHI reaches "
  .. "it, and whether a BAA or HDS terms with the developer are in place. Keep the dated reviews."
uses = { "apps_installations" }

-- check --
requires = { "apps_installations" }

local data = require "data"

function check(snap, ctx)
  local ev, names = {}, {}
  local apps, why = data.list(snap, "apps_installations")
  if apps == nil then
    return zd.error(why .. ".", {})
  end
  for _, a in ipairs(apps) do
    local title = zd.str(zd.get(a, "settings.title")) or zd.str(zd.get(a, "settings.name")) or "?"
    names[#names + 1] = title
    ev[#ev + 1] = { endpoint = "apps_installations", object = { type = "app_installation", id = zd.get(a, "id"),
                    title = title }, field = "app_id", actual = zd.get(a, "app_id"),
                    note = "vet the developer; decide whether PHI reaches the app and whether a BAA is needed" }
  end
  if #names == 0 then
    return zd.na("No app is installed.", ev)
  end
  return zd.manual(#names .. " installed app(s) (" .. table.concat(names, ", ") .. ") are maintained by "
    .. "their developers, not Zendesk: record the vetting of each and whether PHI reaches it.", ev)
end
