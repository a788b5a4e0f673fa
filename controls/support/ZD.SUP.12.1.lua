-- SPDX-License-Identifier: MIT
-- ZD.SUP.12.1: The CSAT email body carries only the survey-URL placeholder.
-- Check: every active rule that sends the CSAT survey: body only fixed text plus
--   csat_allowed_placeholders ({{satisfaction.survey_url}} ...), no {{ticket.title}} in the subject.

id = "ZD.SUP.12.1"
title = "The CSAT email body carries only the survey-URL placeholder"
seed_ref = "I.12.a"
product = "Support (CSAT automation)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Set up the CSAT automation email so that its body contains no PHI. Apart from fixed "
  .. "wording, it should contain only the {{satisfaction.survey_url}} placeholder: no comment,"
  .. " ticket-content or requester-data placeholders."
evidence = "Every active automation or trigger that sends the CSAT survey: the body contains "
  .. "{{satisfaction.survey_url}} and no other content placeholders; the subject carries no "
  .. "ticket title."
remediation = "Edit the CSAT automation (Admin Center > Objects and rules > Business rules > "
  .. "Automations, \"Request customer satisfaction rating\") so the email body holds fixed "
  .. "wording and {{satisfaction.survey_url}} only, and the subject no {{ticket.title}}."
question = "In Admin Center > Objects and rules > Business rules > Automations (and Triggers), "
  .. "open every active rule that sends the CSAT survey and confirm its body holds only fixed "
  .. "wording and {{satisfaction.survey_url}} (no comment, ticket-content or requester "
  .. "placeholder) and its subject no {{ticket.title}}. Keep a dated export of those rules' "
  .. "notification text."

-- check --
uses = { "automations", "triggers", "dynamic_content", "account_settings" }
params = { "csat_allowed_placeholders" }

local data = require "data"
local csat = require "csat"
local R = require "rules"
local shape = require "shape"
local literal = require "literal"

function check(snap, ctx)
  local unusable = R.unusable(snap)
  local cs, how = zd.get(snap.account_settings, "settings.active_features.customer_satisfaction")
  if unusable == nil and snap.account_settings ~= nil
      and (how == "mistyped" or (cs ~= nil and zd.bool(cs) == nil)) then
    unusable = "settings.active_features.customer_satisfaction of account_settings is not a "
      .. "boolean"
  end
  if unusable then return shape.error(unusable) end
  for _, key in ipairs({ "automations", "triggers" }) do
    if zd.items(snap, key) == nil then
      return data.missing(key, "the rules that send the CSAT survey")
    end
    if data.truncated(key) then
      return data.incomplete(key, "the rules that send the CSAT survey")
    end
  end
  local allowed = {}
  for _, p in ipairs(ctx.params.csat_allowed_placeholders or {}) do
    allowed[p] = true
  end
  local senders, opaque = csat.senders_of(snap)
  local dc_reason = zd.state("dynamic_content").reason
  if #senders == 0 and #opaque > 0 then
    return zd.manual("No rule text shows the CSAT survey, but these notifications use dynamic "
      .. "content that was not collected (" .. dc_reason .. "): " .. csat.opaque_note(opaque)
      .. "; check whether they send the survey and, if so, that the body holds only the survey "
      .. "link.", { { endpoint = "dynamic_content", note = dc_reason } })
  end
  if #senders == 0 then
    local on = zd.bool(zd.get(snap.account_settings, "settings.active_features.customer_satisfaction"))
    local ev = { { endpoint = "account_settings", path = "settings.active_features.customer_satisfaction",
                   actual = on == nil and "unknown" or on } }
    if on == false then
      return zd.na("Customer satisfaction is off and no active rule sends a survey.", ev)
    end
    return zd.manual("No active trigger or automation sends the CSAT survey; if the survey email is "
      .. "sent another way, confirm its body holds only the survey link.", ev)
  end
  local bad, ev = {}, {}
  for _, s in ipairs(senders) do
    local obj = R.object(s.n)
    local wrong = {}
    for _, f in ipairs(s.body) do
      if not allowed[f.path] and f.class ~= "dc" then
        wrong[#wrong + 1] = f.raw
        ev[#ev + 1] = { endpoint = s.n.kind .. "s", object = obj, field = s.n.action .. " body", actual = f.raw,
                        expected = "only {{satisfaction.survey_url}} and fixed text",
                        note = f.via and ("via {{" .. f.via .. "}}") or nil }
      end
    end
    for _, f in ipairs(s.subject) do
      if f.class == "title" or f.class == "content" or f.class == "requester" then
        wrong[#wrong + 1] = f.raw .. " in the subject"
        ev[#ev + 1] = { endpoint = s.n.kind .. "s", object = obj, field = s.n.action .. " subject", actual = f.raw,
                        expected = "no ticket title or content in the subject" }
      end
    end
    if not s.survey then
      wrong[#wrong + 1] = "no {{satisfaction.survey_url}}"
    end
    for _, part in ipairs({ { name = "subject", text = s.n.subject }, { name = "body", text = s.n.body } }) do
      local lit = literal.scan(part.text)
      if lit == nil then
        return zd.error("The PHI scanner is not available, so the survey email's text could not "
          .. "be checked.", ev)
      end
      for _, l in ipairs(lit) do
        if literal.identifier(l) then
          wrong[#wrong + 1] = "literal " .. tostring(l.type) .. " " .. tostring(l.masked) .. " in the " .. part.name
          ev[#ev + 1] = literal.evidence(s.n.kind .. "s", obj, s.n.action .. " " .. part.name, l)
        end
      end
    end
    if #wrong > 0 then
      bad[#bad + 1] = s.n.kind .. " " .. tostring(obj.id) .. " \"" .. (obj.title or "") .. "\": "
        .. table.concat(wrong, ", ")
    else
      ev[#ev + 1] = { endpoint = s.n.kind .. "s", object = obj, field = s.n.action,
                      actual = "{{satisfaction.survey_url}}", note = "survey email body is clean" }
    end
  end
  if #bad > 0 then
    return zd.fail("The CSAT survey email carries more than the survey link: " .. table.concat(bad, "; ")
      .. ".", ev)
  end
  if #opaque > 0 then
    ev[#ev + 1] = { endpoint = "dynamic_content", note = dc_reason }
    return zd.manual("The survey rules seen carry only the survey link, but dynamic content was "
      .. "not collected (" .. dc_reason .. ") and these notifications use it: "
      .. csat.opaque_note(opaque) .. "; check that none adds ticket content to the survey email.",
      ev)
  end
  return zd.pass(#senders .. " active rule(s) send the CSAT survey with only the survey link "
    .. "and fixed text.", ev)
end
