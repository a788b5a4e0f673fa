-- SPDX-License-Identifier: MIT
-- ZD.MSG.4: every API/webhook integration and bot provider is understood and owned. Fails on
-- active webhooks that send data over plain HTTP or without authentication (Zendesk webhooks
-- and Sunshine Conversations webhooks); otherwise manual with the inventory to review.
local sunco = require "sunco"
local verdict = require "verdict"

id = "ZD.MSG.4"
title = "Custom messaging integrations, webhooks and bot providers are understood and owned"
seed_ref = "III.4 (\"Answer Bot\" → \"AI agents\" 2024-12-16)"
product = "Messaging (APIs, webhooks, AI agent flows, customisations)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Every custom workflow, API or webhook integration and bot provider that can create, "
  .. "read, change or delete Service Data and ePHI through messaging is known, reviewed for "
  .. "privacy and security, and owned by the subscriber; for example API calls made from AI "
  .. "agent flows. zdaudit also requires that the webhooks it can see use HTTPS and "
  .. "authentication."
evidence = "Zendesk webhooks (GET /api/v2/webhooks: endpoint, status, authentication.type, "
  .. "subscriptions) and Sunshine Conversations webhooks (GET "
  .. "/sc/v2/apps/{appId}/integrations/{id}/webhooks: target, triggers, includeFullUser). "
  .. "Active webhooks must use https:// and (Zendesk) an authentication type. API-call steps "
  .. "in AI agent flows and third-party bot providers are not exposed: a register with a "
  .. "privacy review of each."
remediation = "In Admin Center > Apps and integrations > Webhooks, move every webhook to an "
  .. "https:// endpoint with authentication (basic, bearer token or API key) and verify Zendesk's"
  .. " signature at the receiver; deactivate webhooks nobody owns. Keep a register of webhooks, "
  .. "Sunshine Conversations integrations, AI agent API calls and bot providers, with an owner "
  .. "and privacy review for each."
question = "Produce the register of messaging integrations: Zendesk webhooks, Sunshine "
  .. "Conversations webhooks and custom integrations, API-call steps in AI agent flows (AI "
  .. "agents > flows), and bot providers. For each, keep the owner, the data it receives and "
  .. "the date of its privacy and security review."
uses = { "webhooks", "sunco_webhooks" }
references = { "https://support.zendesk.com/hc/en-us/articles/4408828395802",
               "https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/" }

-- What a Zendesk webhook sends, from its subscriptions (Webhooks API: "conditional_ticket_events"
-- means triggers and automations call it with a payload they define; "zen:event-type:…" names
-- an event stream: user, organization, ticket, agent availability, messaging …). Words for a
-- person, so a user-event webhook is not called "messaging data".
local function sends(w)
  local list, seen, out = w.subscriptions, {}, {}
  if zd.type(list) ~= "array" or #list == 0 then
    return "data of unknown subscriptions"
  end
  for _, sub in ipairs(list) do
    local s = zd.str(sub) or "?"
    local what
    if s == "conditional_ticket_events" then
      what = "ticket data chosen by triggers and automations"
    else
      local kind = s:match("^zen:event%-type:([%w_]+)")
      if kind == "user" then what = "user events (profile data)"
      elseif kind == "organization" then what = "organization events"
      elseif kind == "ticket" then what = "ticket events"
      elseif kind == "messaging" or kind == "conversation" then what = "messaging events"
      elseif kind then what = kind:gsub("_", " ") .. " events"
      else what = "'" .. s .. "' events" end
    end
    if not seen[what] then
      seen[what] = true
      out[#out + 1] = what
    end
  end
  return table.concat(out, ", ")
end

-- Checks the Zendesk webhooks; appends evidence, returns problem labels and the count.
local function zendesk_webhooks(hooks, ev)
  local bad, inactive_bad = {}, 0
  for _, w in ipairs(hooks) do
    local label = "'" .. (zd.str(w.name) or zd.str(w.id) or "?") .. "'"
    local obj = { type = "webhook", id = zd.str(w.id), title = zd.str(w.name) }
    local active = zd.str(w.status) ~= "inactive"
    local endpoint = zd.str(w.endpoint)
    local auth = zd.str(zd.get(w, "authentication.type"))
    local problems = {}
    if not verdict.is_https(endpoint) then
      problems[#problems + 1] = "endpoint not HTTPS"
      ev[#ev + 1] = { endpoint = "webhooks", object = obj, field = "endpoint",
                      actual = verdict.origin(endpoint) or "(not a URL)", expected = "https://…",
                      note = active and "plain HTTP" or "plain HTTP; inactive" }
    end
    if auth == nil then
      problems[#problems + 1] = "no authentication"
      ev[#ev + 1] = { endpoint = "webhooks", object = obj, field = "authentication.type",
                      actual = "none", expected = "basic_auth, bearer_token or api_key",
                      note = active and "unauthenticated" or "unauthenticated; inactive" }
    end
    if #problems == 0 then
      local subs = {}
      local list = w.subscriptions
      if zd.type(list) == "array" then
        for _, s in ipairs(list) do
          if zd.str(s) ~= "conditional_ticket_events" then subs[#subs + 1] = zd.str(s) or "?" end
        end
      end
      ev[#ev + 1] = { endpoint = "webhooks", object = obj, field = "endpoint",
                      actual = verdict.origin(endpoint), note = "authentication " .. auth
                        .. ((#subs > 0) and ("; also subscribed to " .. table.concat(subs, ", "))
                          or "") .. (active and "" or "; inactive") }
    elseif active then
      bad[#bad + 1] = label .. " (" .. table.concat(problems, ", ") .. "; sends " .. sends(w)
        .. ")"
    else
      inactive_bad = inactive_bad + 1
    end
  end
  return bad, inactive_bad
end

function check(snap, ctx)
  local ev = {}
  local hooks = zd.items(snap, "webhooks")
  local bad = verdict.malformed("webhooks", hooks)
  if bad then return verdict.error(bad .. ".") end
  local bad, inactive_bad = {}, 0
  if hooks then
    bad, inactive_bad = zendesk_webhooks(hooks, ev)
  end
  local plain, nsc = sunco.webhook_targets(snap, ev)
  local fails = {}
  if #bad > 0 then
    fails[#fails + 1] = "Zendesk webhook " .. verdict.list(bad)
  end
  if plain and #plain > 0 then
    fails[#fails + 1] = "Sunshine Conversations webhook (sends conversation messages) target "
      .. "not HTTPS: " .. verdict.list(plain)
  end
  if #fails > 0 then
    return zd.fail("Active webhooks send Service Data unprotected: " .. table.concat(fails, "; ")
      .. ".", ev)
  end
  if hooks == nil then
    return verdict.missing("webhooks", "Review Admin Center > Apps and integrations > Webhooks.")
  end
  local sc = plain and (verdict.count(nsc, "Sunshine Conversations webhook") .. " (HTTPS)")
    or zd.state("sunco_webhooks").reason
  return zd.manual(verdict.count(#hooks, "Zendesk webhook") .. " (HTTPS with authentication"
    .. ((inactive_bad > 0) and (", except " .. inactive_bad .. " inactive") or "") .. "); "
    .. sc .. ". Review each with its owner, plus AI agent API calls and bot providers, which "
    .. "the API does not show.", ev)
end
