// maildoctor: live progress and small helps for the form. No framework, no inline script.
// Everything here is an enhancement: without it the form posts and the server renders the
// report. Text from the server is only ever inserted with textContent, except the report
// fragment, which the server rendered and escaped (the same HTML the no-script page shows).
"use strict";
(function () {
  var PORTS = { imap: { tls: 993, starttls: 143, none: 143 }, pop3: { tls: 995, starttls: 110, none: 110 },
    smtp: { tls: 465, starttls: 587, none: 587 } };
  var ORDER = ["input", "dns", "tcp", "tls", "protocol", "auth", "mailbox", "limits"];
  var LABEL = { imap: "IMAP", pop3: "POP", smtp: "SMTP" };
  var GLYPH = { pass: "\u2713", warn: "\u26a0", fail: "\u2717", skip: "\u2013" };
  var $ = function (id) { return document.getElementById(id); };
  // The page's words in its language (templates/base.html): `%name` marks what is filled in.
  function W(key, vars) {
    var box = $("words"), text = (box && box.getAttribute("data-" + key)) || key;
    Object.keys(vars || {}).forEach(function (n) { text = text.split("%" + n).join(vars[n]); });
    return text;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- copy summary (report pages, both kinds) ----
  function wireCopy(root) {
    if (!navigator.clipboard) return;
    root.querySelectorAll("[data-copy]").forEach(function (b) { b.hidden = false; });
  }
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("[data-copy]");
    if (!b) return;
    var src = $(b.getAttribute("data-copy"));
    var status = $("copy-status");
    var text = src ? src.textContent : "";
    // A link is copied whole (https://service/r/…), wherever the service is reached.
    if (src && src.hasAttribute("data-url")) text = new URL(text, location.href).href;
    navigator.clipboard.writeText(text).then(function () {
      if (status) status.textContent = W("copied");
    }, function () {
      if (status) status.textContent = W("copy-failed");
    });
  });

  function init() {
    wireCopy(document);
    var form = $("check");
    if (!form) return;
    var port = form.elements.port, security = form.elements.security, host = form.elements.host;
    var touched = { port: port.value !== "", security: security.value !== "auto", host: false };
    var provider = null;
    port.addEventListener("input", function () { touched.port = true; });
    security.addEventListener("change", function () { touched.security = true; follow(); });
    host.addEventListener("input", function () { touched.host = true; clearError("host"); byScheme(); });

    function protocol() { return (form.querySelector("input[name=protocol]:checked") || {}).value || "imap"; }

    // The port follows the protocol and security until the person changes it. Security stays
    // Automatic (maildoctor finds out what the port speaks; its usual port is the SSL/TLS one).
    function follow() {
      var p = protocol();
      var s = security.value === "auto" ? "tls" : security.value;
      if (!touched.port) port.value = String(PORTS[p][s]);
    }

    // A server typed as a mail URL (imaps://, pop3://, submission://…) names its protocol.
    var SCHEMES = { imaps: "imap", imap: "imap", pop3s: "pop3", pops: "pop3", pop3: "pop3", pop: "pop3",
      smtps: "smtp", submissions: "smtp", submission: "smtp", smtp: "smtp" };
    function byScheme() {
      var m = /^\s*([a-z0-9]+):\/\//i.exec(host.value);
      var p = m && SCHEMES[m[1].toLowerCase()];
      var radio = p && $("protocol-" + p);
      if (!radio || radio.checked) return;
      radio.checked = true;
      // The URL gives the port and security too: let the server read them from it.
      if (!touched.port) port.value = "";
    }
    form.querySelectorAll("input[name=protocol]").forEach(function (r) {
      r.addEventListener("change", function () {
        if (provider && !touched.host) { fill(provider, true); } else { follow(); }
      });
    });
    if (!touched.port && !touched.security) follow();

    // "I use Gmail": fill the servers in place.
    function fill(link, quiet) {
      var p = protocol();
      var parts = (link.getAttribute("data-" + p) || "").split(" ");
      var status = $("fill-status");
      document.querySelectorAll("a.provider").forEach(function (a) {
        a.classList.toggle("current", a === link);
        if (a === link) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
      });
      provider = link;
      if (parts.length < 3) {
        if (status) status.textContent = W("no-server", { provider: link.getAttribute("data-name"), protocol: LABEL[p] });
        return;
      }
      host.value = parts[0]; port.value = parts[1]; security.value = parts[2];
      touched.host = false; touched.port = true; touched.security = true;
      clearError("host");
      if (status && !quiet) status.textContent = W("filled", { protocol: LABEL[p],
        provider: link.getAttribute("data-name"), host: parts[0], port: parts[1] });
    }
    document.querySelectorAll("a.provider").forEach(function (a) {
      a.addEventListener("click", function (ev) { ev.preventDefault(); fill(a, false); });
    });

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var errors = [];
      if (!host.value.trim()) errors.push(["host", W("host-missing")]);
      if (errors.length) { showErrors(errors); return; }
      run(form);
    });
  }

  function clearError(field) {
    var input = $(field), msg = $(field + "-error");
    if (!input || !msg) return;
    msg.hidden = true; msg.textContent = "";
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", field + "-hint");
  }

  // Errors: a summary with links, the message by the field, the focus on the first field.
  function showErrors(errors) {
    var box = $("client-errors"), list = box.querySelector("ul");
    list.textContent = "";
    errors.forEach(function (e) {
      var li = el("li"), a = el("a", "", e[1]);
      a.href = "#" + e[0];
      li.appendChild(a); list.appendChild(li);
      var input = $(e[0]), msg = $(e[0] + "-error");
      if (msg) { msg.textContent = e[1]; msg.hidden = false; }
      if (input && msg) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", e[0] + "-hint " + e[0] + "-error");
      }
    });
    box.hidden = false;
    var first = $(errors[0][0]);
    if (first && $(errors[0][0] + "-error")) first.focus(); else box.focus();
  }

  function body(form) {
    var f = form.elements, text = function (n) { return (f[n].value || "").trim(); };
    var req = { protocol: (form.querySelector("input[name=protocol]:checked") || {}).value || "imap",
      host: text("host"), security: f.security.value,
      options: { test_limits: f.test_limits.checked, allow_insecure_auth: f.allow_insecure_auth.checked,
        trust_certificate: f.trust_certificate.checked } };
    if (text("port")) req.port = text("port");
    if (text("username")) req.username = text("username");
    if (f.password.value) req.password = f.password.value;
    if (text("email")) req.email = text("email");
    if (f.lang && f.lang.value) req.lang = f.lang.value;
    return JSON.stringify(req);
  }

  // ---- live progress ----
  var controller = null;

  function run(form) {
    var page = $("form-page"), progress = $("progress"), list = $("progress-stages");
    var status = $("progress-status"), gotReport = false, old = $("result");
    if (old) old.remove();
    list.textContent = "";
    $("client-errors").hidden = true;
    page.hidden = true; progress.hidden = false;
    status.textContent = W("progress");
    $("progress-title").focus();
    controller = new AbortController();
    fetch("/api/v1/diagnose/stream", { method: "POST", body: body(form), signal: controller.signal,
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" }, credentials: "same-origin" })
      .then(function (resp) {
        if (!resp.ok) {
          return resp.json().catch(function () { return {}; }).then(function (e) {
            throw new Error(e.detail || W("start-failed", { status: resp.status }));
          });
        }
        return read(resp.body.getReader(), function (name, data) {
          if (name === "stage") {
            place(list, stageItem(data));
            var next = ORDER[ORDER.indexOf(data.name) + 1];
            status.textContent = W("status-" + data.status) + ": " + W("stage-" + data.name) + "." +
              (next && data.status !== "fail" && data.status !== "skip" ? " " + W("next") : "");
          } else if (name === "report_html") {
            gotReport = true;
            showReport(data);
          } else if (name === "error") {
            throw new Error(data);
          }
        });
      })
      .then(function () { if (!gotReport) throw new Error(W("ended-early")); })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        back([["submit", err && err.message ? err.message : W("not-finished")]]);
      });
  }

  function back(errors) {
    $("progress").hidden = true; $("form-page").hidden = false;
    if (errors) showErrors(errors); else $("submit").focus();
  }

  // Each stage goes into its slot: skipped stages may be announced out of order.
  function place(list, li) {
    var rank = ORDER.indexOf(li.getAttribute("data-stage"));
    var next = Array.prototype.find.call(list.children, function (c) {
      return ORDER.indexOf(c.getAttribute("data-stage")) > rank;
    });
    list.insertBefore(li, next || null);
  }

  function stageItem(s) {
    var li = el("li", "stage " + s.status);
    li.setAttribute("data-stage", s.name);
    var g = el("span", "glyph", GLYPH[s.status] || "");
    g.setAttribute("aria-hidden", "true");
    var title = el("span", "stage-title");
    title.appendChild(el("span", "visually-hidden", W("status-" + s.status) + ": "));
    title.appendChild(document.createTextNode(W("stage-" + s.name)));
    li.appendChild(g); li.appendChild(title);
    li.appendChild(el("span", "time", s.status === "skip" ? "" : s.duration_ms + " ms"));
    li.appendChild(el("span", "detail", s.detail));
    return li;
  }

  // The report goes beside the (hidden) form, so "Check other settings" can bring the form
  // back as it was, to change one thing and try again.
  var formTitle = document.title;
  function showReport(html) {
    var old = $("result");
    if (old) old.remove();
    var result = el("div");
    result.id = "result";
    result.innerHTML = html; // server-rendered, escaped by askama
    $("progress").hidden = true;
    $("main").appendChild(result);
    var h = $("verdict-title");
    document.title = (h ? h.textContent : "Report") + " \u2014 maildoctor";
    wireCopy(result);
    if (h) h.focus();
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("#result a[data-again]");
    if (!a || !$("form-page")) return;
    ev.preventDefault();
    $("result").remove();
    document.title = formTitle;
    $("form-page").hidden = false;
    $("host").focus();
  });

  // Server-Sent Events over a fetch body: blocks separated by a blank line, `event:` and
  // `data:` fields, `:` comments (keep-alives) ignored.
  function read(reader, onEvent) {
    var decoder = new TextDecoder(), buffer = "";
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, "\n");
        var at;
        while ((at = buffer.indexOf("\n\n")) >= 0) {
          var block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          var name = "message", data = [];
          block.split("\n").forEach(function (line) {
            if (line.indexOf("event:") === 0) name = line.slice(6).trim();
            else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
          });
          if (data.length) onEvent(name, JSON.parse(data.join("\n")));
        }
        return pump();
      });
    }
    return pump();
  }

  document.addEventListener("click", function (ev) {
    if (ev.target && ev.target.id === "stop" && controller) {
      controller.abort();
      controller = null;
      back(null);
      var s = $("fill-status");
      if (s) s.textContent = "Stopped. maildoctor closed the connection to the server.";
    }
  });
  // Leaving the page ends the stream; the server then stops the diagnosis and signs out.
  window.addEventListener("pagehide", function () { if (controller) controller.abort(); });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
