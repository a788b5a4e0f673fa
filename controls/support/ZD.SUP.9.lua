-- SPDX-License-Identifier: MIT
-- ZD.SUP.9: Outbound notifications should not carry PHI; they should only alert and require sign-in.
-- Check: every notification action (email, target, webhook, SMS) of every active trigger and
--   automation is scanned for placeholders that copy ticket content (comments, description,
--   their _html/_rich/_formatted variants, Liquid loops over comments), through {{dc.*}};
--   identifiers the PHI scanner finds in the literal text (SSN, MRN, credentials) fail too;
--   a webhook or target notified whose URL carries a credential is shown with the rule.
--   Attachments mailed as real attachments (account_settings settings.tickets.email_attachments
--   true: "Attachments should be sent as real attachments when under the size limit", Account
--   Settings reference) put ticket files into the notification itself: fail. Absent means
--   Zendesk's default, linked attachments ("the default behavior for emailed attachments when
--   email attachments are not enabled", Zendesk article 4408832757146).

id = "ZD.SUP.9"
title = "Outbound notifications should not carry PHI; they should only alert and require sign-in"
seed_ref = "I.9 (expanded 2024-03-07)"
product = "Support (email notifications, triggers, automations)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep content in notifications and record in the exception register that the subscriber "
  .. "accepts the risk of PHI in outbound email."
automation = "partial"
description = "Support emails end users in many situations: when an agent replies on the email channel,"
  .. " and when triggers or automations fire. By default these emails contain the latest "
  .. "ticket update, or whatever other content the notification is set to include, and that "
  .. "can contain PHI. For extra protection, configure notifications so that they only tell "
  .. "the end user an agent has responded. The user must then sign in to Zendesk to read the "
  .. "message. The ticket subject, if it appears in the email subject line, can also carry "
  .. "PHI."
evidence = "Every active trigger and automation whose actions email requesters, CCs or end users "
  .. "(notification_user and related actions) has a body with none of the comment-content "
  .. "placeholders, such as {{ticket.latest_comment}}, {{ticket.latest_comment_html}}, "
  .. "{{ticket.latest_public_comment}}, {{ticket.comments_formatted}}, "
  .. "{{ticket.public_comments_formatted}} or {{ticket.description}}. Instead it links to the "
  .. "request (for example {{ticket.link}} or the help-centre request URL). The help centre "
  .. "requires sign-in to view requests. The subject does not expose {{ticket.title}} where "
  .. "titles may hold PHI. Attachments are not mailed as real attachments "
  .. "(GET /api/v2/account/settings → tickets.email_attachments = false): notifications link "
  .. "to them."
remediation = "In Admin Center > Objects and rules > Business rules > Triggers and Automations, edit "
  .. "every active notification so its subject and body only say an update exists and link to "
  .. "the request ({{ticket.link}} or the help-centre request URL); remove comment "
  .. "placeholders such as {{ticket.comments_formatted}}, {{ticket.latest_comment}} and "
  .. "{{ticket.description}}, including inside dynamic content. In Admin Center > Objects and "
  .. "rules > Tickets > Settings > Attachments, turn off email attachments, so notifications "
  .. "link to attachments instead of carrying them."
  .. " Or, as the baseline allows: keep content in notifications and record in the exception "
  .. "register that the subscriber accepts the risk of PHI in outbound email."
question = "In Admin Center > Objects and rules > Business rules > Triggers and Automations, open "
  .. "every active rule that sends email, text or webhook notifications and confirm its subject "
  .. "and body, including any dynamic content they use, hold no ticket-content placeholder such as "
  .. "{{ticket.comments_formatted}}, {{ticket.latest_comment}} or {{ticket.description}} and only "
  .. "say an update exists, linking to the request. Keep a dated export of the notification texts, "
  .. "or the exception-register entry accepting the risk."

-- check --
uses = { "triggers", "automations", "dynamic_content", "webhooks", "targets", "account_settings" }
params = { "ticket_title_may_hold_phi" }

local data = require "data"
local P = require "placeholders"
local R = require "rules"
local shape = require "shape"
local literal = require "literal"

-- The URL a webhook or target notification posts to, by the id the action names.
local function url_index(snap)
  local idx = {}
  for _, src in ipairs({ { key = "webhooks", url = "endpoint", title = "name" },
                         { key = "targets", url = "target_url", title = "title" } }) do
    for _, w in ipairs(zd.items(snap, src.key) or {}) do
      local url = zd.str(zd.get(w, src.url))
      if url then
        idx[tostring(zd.get(w, "id"))] = { key = src.key, url = url, field = src.url,
          object = { type = src.key, id = zd.get(w, "id"), title = zd.str(zd.get(w, src.title)) } }
      end
    end
  end
  return idx
end

-- settings.tickets.email_attachments -> true (files go inside the notification), false (links:
-- Zendesk's default when absent), or nil plus a sentence when it cannot be read.
local function email_attachments(snap)
  if snap.account_settings == nil then
    return nil, "the account settings (email attachments) were not read ("
      .. zd.state("account_settings").reason .. ")"
  end
  if zd.type(zd.get(snap.account_settings, "settings.tickets")) ~= "object" then
    return nil, "the account settings have no tickets section"
  end
  local raw, why = zd.get(snap.account_settings, "settings.tickets.email_attachments")
  if why == "absent" then return false, nil, "absent: Zendesk's default, linked attachments" end
  local b = zd.bool(raw)
  if b == nil then
    return nil, "settings.tickets.email_attachments is " .. (why or zd.type(raw))
      .. ", not a boolean"
  end
  return b
end

function check(snap, ctx)
  local unusable = R.unusable(snap)
  if unusable then return shape.error(unusable) end
  local attach, attach_why, attach_note = email_attachments(snap)
  if attach == nil and snap.account_settings ~= nil then return shape.error(attach_why) end
  local urls = url_index(snap)
  local title_is_phi = ctx.params.ticket_title_may_hold_phi == true
  local dc = P.dc_of(snap)
  local leaks, notes, ev, unresolved, missing = {}, {}, {}, {}, {}
  local checked, scanned = 0, true
  for _, src in ipairs({ { key = "triggers", kind = "trigger" }, { key = "automations", kind = "automation" } }) do
    local items = zd.items(snap, src.key)
    if items == nil then
      missing[#missing + 1] = src.key
    elseif data.truncated(src.key) then
      missing[#missing + 1] = src.key .. " (truncated)"
    end
    for _, n in ipairs(R.notifications_of(snap, src.key, src.kind)) do
      checked = checked + 1
      local obj = R.object(n)
      local rule_leaks = {}
      local dest = (n.channel == "webhook" or n.channel == "target") and urls[tostring(n.recipient)]
      for _, f in ipairs(dest and literal.url_credentials(dest.url) or {}) do
        ev[#ev + 1] = literal.url_evidence(dest.key, dest.object, dest.field, f,
          n.kind .. " " .. tostring(obj.id) .. " \"" .. (obj.title or "") .. "\" posts to this "
          .. (n.channel == "webhook" and "webhook" or "target") .. ", whose URL carries a credential ("
          .. tostring(f.rule) .. ")")
      end
      for _, part in ipairs({ { name = "subject", text = n.subject }, { name = "body", text = n.body } }) do
        local found, unres = P.expand(part.text, dc)
        for _, u in ipairs(unres) do
          unresolved[#unresolved + 1] = u
          ev[#ev + 1] = { endpoint = src.key, object = obj, field = n.action .. " " .. part.name,
                          actual = "{{" .. u .. "}}", note = "dynamic content not resolved" }
        end
        for _, f in ipairs(found) do
          if f.class == "content" or (f.class == "title" and title_is_phi) then
            rule_leaks[#rule_leaks + 1] = f.raw
            ev[#ev + 1] = { endpoint = src.key, object = obj, field = n.action .. " " .. part.name,
                            actual = f.raw, expected = "no ticket-content placeholder; link to the request instead",
                            note = "ticket content placeholder" .. (f.via and (", via {{" .. f.via .. "}}") or "") }
          elseif f.class == "title" then
            notes[#notes + 1] = obj
          end
        end
        local lit = literal.scan(part.text)
        if lit == nil then
          scanned = false
        else
          for _, l in ipairs(lit) do
            if literal.identifier(l) then
              rule_leaks[#rule_leaks + 1] = "literal " .. tostring(l.type) .. " " .. tostring(l.masked)
            end
            ev[#ev + 1] = literal.evidence(src.key, obj, n.action .. " " .. part.name, l)
          end
        end
      end
      if #rule_leaks > 0 and not (src.kind == "trigger" and zd.excepted("triggers", obj)) then
        leaks[#leaks + 1] = n.kind .. " " .. tostring(obj.id) .. " \"" .. (obj.title or "") .. "\" ("
          .. n.action .. " to " .. tostring(n.recipient) .. ": " .. table.concat(rule_leaks, ", ") .. ")"
      end
    end
  end
  if #notes > 0 and not title_is_phi then
    ev[#ev + 1] = { note = #notes .. " active notification(s) put {{ticket.title}} in the subject "
      .. "or body; set ticket_title_may_hold_phi if ticket subjects may contain PHI" }
  end
  if not scanned then
    ev[#ev + 1] = { note = "literal text was not scanned for PHI (scanner not available)" }
  end
  if attach ~= nil then
    ev[#ev + 1] = { endpoint = "account_settings", path = "settings.tickets.email_attachments",
                    actual = attach, expected = false, note = attach_note }
  end
  if attach then
    leaks[#leaks + 1] = "attachments are mailed inside notifications "
      .. "(settings.tickets.email_attachments is true), not linked behind sign-in"
  end
  if #leaks > 0 then
    return zd.fail(#leaks .. " active notification(s) copy ticket content into outbound messages: "
      .. table.concat(leaks, "; ") .. ".", ev)
  end
  if attach == nil then missing[#missing + 1] = "account_settings" end
  if #missing > 0 then
    local st = zd.state(string.match(missing[1], "^%S+"))
    if st.outcome == "skipped" then
      return zd.manual("No leaking placeholder in what was collected, but " .. table.concat(missing, ", ")
        .. " could not be checked: " .. st.reason .. ".", ev)
    end
    return zd.error("No leaking placeholder in what was collected, but " .. table.concat(missing, ", ")
      .. " could not be checked: " .. st.reason .. ".", ev)
  end
  if #unresolved > 0 then
    if dc == nil then
      return zd.manual("Notifications use dynamic content (" .. table.concat(unresolved, ", ")
        .. ") that could not be resolved (" .. zd.state("dynamic_content").reason .. "): check "
        .. "those items for ticket-content placeholders.", ev)
    end
    ev[#ev + 1] = { note = "dynamic content without an item renders empty: " .. table.concat(unresolved, ", ") }
  end
  ev[#ev + 1] = { endpoint = "triggers", note = checked .. " notification action(s) of active rules checked" }
  return zd.pass("None of the " .. checked .. " notification actions of active triggers and "
    .. "automations copies ticket content; they can only alert and link to the request.", ev)
end
