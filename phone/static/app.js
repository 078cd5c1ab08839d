/* Samskab phone page. One page for the whole workshop: it joins a session by its
   6-digit code and follows the facilitator over Server-Sent Events
   (/api/session/CODE/events), showing the screen the state names. Every text from the
   workshop is set with textContent, never as HTML: an idea reading "<script>" shows
   exactly that. No inline script or style (the server sends a strict CSP), nothing
   from the internet. */
"use strict";

(function () {
  var T = {
    da: {
      loading: "Forbinder …", joinTitle: "Deltag i workshoppen", code: "Koden fra lærredet (6 cifre)",
      join: "Deltag", erase: "Slet et ciffer",
      codeShort: "Koden har 6 cifre. Du har skrevet {n}.",
      badCode: "Koden passer ikke til en åben workshop. Tjek koden på lærredet.",
      missingTitle: "Koden findes ikke",
      missingHelp: "Adressen eller koden passer ikke til en åben workshop. Den kan være gammel. Skriv koden, der står på lærredet nu.",
      toJoin: "Skriv en kode", langButton: "English", langLabel: "Switch to English", langCode: "en",
      waitHelp: "Vent lidt – skærmen skifter af sig selv, når facilitatoren går videre.",
      phase: "Fase: {name}", roundClosed: "Afstemningen er lukket.",
      ideaLabel: "Din idé", groupLegend: "Dit bord", noGroup: "Intet bestemt bord",
      nameLabel: "Dit navn (frivilligt)", nameHelp: "Uden navn er din idé anonym.",
      ideaSend: "Send idé", ideaEmpty: "Skriv din idé, før du sender den.",
      ideaSent: "Tak! Din idé er sendt.", mine: "Dine idéer", mineEmpty: "Du har ikke sendt nogen idéer endnu.",
      edit: "Ret", editLabel: "Ret din idé", save: "Gem", cancel: "Fortryd", withdraw: "Træk tilbage", sure: "Træk idéen tilbage?", yes: "Ja, træk den tilbage", no: "Nej",
      editOf: "Ret idéen: {text}", withdrawOf: "Træk idéen tilbage: {text}",
      st_board: "På tavlen", st_inbox: "Venter hos facilitatoren", st_hidden: "Ikke vist",
      st_merged: "Slået sammen med en anden idé", st_withdrawn: "Trukket tilbage",
      writingClosed: "Der er lukket for idéer.",
      whoTitle: "Hvem er du?", whoHelp: "Vælg dit navn, eller stem uden navn.", anonymous: "Stem uden navn",
      send: "Afgiv stemme", abstain: "Jeg stemmer ikke", nothingMarked: "Du har ikke valgt noget endnu.",
      doneTitle: "Tak! Din stemme er talt med", abstainedTitle: "Du stemmer ikke denne gang",
      doneHelp: "Du kan rette din stemme, til afstemningen lukker.", change: "Ret min stemme",
      closedTitle: "Workshoppen er lukket for telefoner", closedHelp: "Tak for din deltagelse. Du kan lukke siden.",
      resultKicker: "Resultat", voters: "{n} har stemt.", votersOne: "1 har stemt.",
      rank: "Nr. {n}", meanOf: "gennemsnit {m}", unscored: "ingen point",
      dotsHelp: "Fordel dine prikker på de idéer, du synes bedst om.", dotsMax: "Højst {n} på samme idé.",
      pollHelp: "Sig, om du er enig, uenig eller ikke ved det.",
      criteriaHelp: "Giv hver idé 1–5 på hvert kriterium (5 er bedst).",
      left: "{n} af {b} prikker tilbage", leftOne: "1 af {b} prikker tilbage",
      dots: "{n} prikker", dot: "1 prik", none: "ingen", minusOf: "Én prik færre på {text}", plusOf: "Én prik mere på {text}",
      agree: "Enig", disagree: "Uenig", dontKnow: "Ved ikke",
      votingAs: "Du stemmer som {name}.", votingAnon: "Du stemmer uden navn.",
      abstainedLine: "Du har valgt ikke at stemme.", vote: "Afstemning",
      lost: "Forbindelsen er væk. Tjek, at du er på lokalets net – vi prøver igen af os selv.",
      back: "Forbindelsen er tilbage.",
      notSent: "Ikke sendt: ingen forbindelse. Vi sender igen, når forbindelsen er tilbage.",
      retry: "Prøv igen", slowDown: "Vent et øjeblik, og prøv igen.",
      handout: "Hent opsamlingen (PDF)"
    },
    en: {
      loading: "Connecting …", joinTitle: "Join the workshop", code: "The code on the screen (6 digits)",
      join: "Join", erase: "Delete a digit",
      codeShort: "The code has 6 digits. You have typed {n}.",
      badCode: "The code does not match an open workshop. Check the code on the screen.",
      missingTitle: "There is no such code",
      missingHelp: "The address or code does not match an open workshop. It may be old. Type the code the screen shows now.",
      toJoin: "Type a code", langButton: "Dansk", langLabel: "Skift til dansk", langCode: "da",
      waitHelp: "Please wait – the screen changes by itself when the facilitator moves on.",
      phase: "Phase: {name}", roundClosed: "The vote is closed.",
      ideaLabel: "Your idea", groupLegend: "Your table", noGroup: "No particular table",
      nameLabel: "Your name (optional)", nameHelp: "Without a name your idea is anonymous.",
      ideaSend: "Send idea", ideaEmpty: "Write your idea before you send it.",
      ideaSent: "Thank you! Your idea is sent.", mine: "Your ideas", mineEmpty: "You have not sent any ideas yet.",
      edit: "Edit", editLabel: "Edit your idea", save: "Save", cancel: "Cancel", withdraw: "Withdraw", sure: "Withdraw the idea?", yes: "Yes, withdraw it", no: "No",
      editOf: "Edit the idea: {text}", withdrawOf: "Withdraw the idea: {text}",
      st_board: "On the board", st_inbox: "Waiting for the facilitator", st_hidden: "Not shown",
      st_merged: "Merged with another idea", st_withdrawn: "Withdrawn",
      writingClosed: "Writing ideas is closed.",
      whoTitle: "Who are you?", whoHelp: "Pick your name, or vote without a name.", anonymous: "Vote without a name",
      send: "Cast my vote", abstain: "I am not voting", nothingMarked: "You have not chosen anything yet.",
      doneTitle: "Thank you! Your vote is counted", abstainedTitle: "You are not voting this time",
      doneHelp: "You can change your vote until the vote closes.", change: "Change my vote",
      closedTitle: "The workshop is closed to phones", closedHelp: "Thank you for taking part. You can close the page.",
      resultKicker: "Result", voters: "{n} people voted.", votersOne: "1 person voted.",
      rank: "No. {n}", meanOf: "mean {m}", unscored: "no scores",
      dotsHelp: "Spread your dots over the ideas you like best.", dotsMax: "At most {n} on the same idea.",
      pollHelp: "Say whether you agree, disagree or don't know.",
      criteriaHelp: "Give each idea 1–5 on each criterion (5 is best).",
      left: "{n} of {b} dots left", leftOne: "1 of {b} dots left",
      dots: "{n} dots", dot: "1 dot", none: "none", minusOf: "One dot less on {text}", plusOf: "One dot more on {text}",
      agree: "Agree", disagree: "Disagree", dontKnow: "Don't know",
      votingAs: "You are voting as {name}.", votingAnon: "You are voting without a name.",
      abstainedLine: "You chose not to vote.", vote: "Vote",
      lost: "The connection is lost. Check that you are on the room's network – we keep trying by ourselves.",
      back: "The connection is back.",
      notSent: "Not sent: no connection. We send it again when the connection is back.",
      retry: "Try again", slowDown: "Wait a moment and try again.",
      handout: "Download the summary (PDF)"
    }
  };
  var ANSWERS = [["enig", "agree"], ["uenig", "disagree"], ["ved_ikke", "dontKnow"]];
  var SCREENS = ["loading", "join", "missing", "waiting", "writing", "who", "vote", "done", "result", "closed"];

  // -- small helpers -------------------------------------------------------------------
  var memory = {};
  function load(key) { try { return localStorage.getItem(key); } catch (e) { return memory[key] || null; } }
  function save(key, value) {
    try { if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); } }
    catch (e) { memory[key] = value; }
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function button(text, cls, action) {
    var b = el("button", cls, text);
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }
  var lang = load("samskab:lang") || "da";
  function t(key, values) {
    var text = T[lang][key] !== undefined ? T[lang][key] : (T.da[key] !== undefined ? T.da[key] : key);
    for (var name in (values || {})) { text = text.split("{" + name + "}").join(String(values[name])); }
    return text;
  }
  function deviceKey() {
    var key = load("samskab:device");
    if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
      var bytes = new Uint8Array(18);
      crypto.getRandomValues(bytes);
      key = btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      save("samskab:device", key);
    }
    return key;
  }

  // -- state -----------------------------------------------------------------------------
  var code = null;        // the session's join code
  var state = null;       // the last state the server sent
  var screen = "loading"; // the screen shown
  var source = null;      // the EventSource
  var online = true;      // false while the connection is lost
  var waitMs = 500;       // the next reconnection's delay
  var timer = null;
  var pending = null;     // the last write that could not be sent: {run, where}
  var ideas = [];         // this device's ideas
  var editing = null;     // the id of the idea being edited
  var asking = null;      // the id of the idea whose withdrawal is being confirmed
  var round = null;       // the round on the ballot
  var marks = { dots: {}, answers: {}, scores: {} };
  var participant = null, chosen = false;
  var lastRound = null;   // the round this phone last saw open (to say it closed)

  function show(id) {
    var changed = screen !== id;
    screen = id;
    SCREENS.forEach(function (s) { $(s).hidden = s !== id; });
    if (changed) {
      window.scrollTo(0, 0);
      var title = $(id).querySelector("h1");
      // A new screen is announced by moving focus to its heading (not on the first one).
      if (title && document.activeElement && document.activeElement !== document.body) { title.focus(); }
    }
  }

  // -- errors where the participant is looking ----------------------------------------------
  function fail(where, message, retry) {
    var box = $(where);
    clear(box);
    box.appendChild(el("p", null, message));
    if (retry) {
      var again = button(t("retry"), "secondary retry", function () { retry(); });
      box.appendChild(again);
    }
    box.hidden = false;
    box.scrollIntoView({ block: "center" });
    if (retry) { box.lastChild.focus(); } else { box.focus(); }
  }
  function unfail(where) { var box = $(where); clear(box); box.hidden = true; }
  function errorText(body) {
    if (body && body.error) { return body.error[lang] || body.error.da; }
    return t("notSent");
  }

  // -- talking to the server -------------------------------------------------------------------
  function base() { return "/api/session/" + code; }
  function request(method, path, body) {
    var options = { method: method, cache: "no-store", headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(base() + path, options).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }
  /* A write (an idea, an edit, a ballot). Sent now; if the network fails it is kept
     as `pending`, shown as not sent beside the control with a retry button, and sent
     again by itself when the connection is back. */
  function write(method, path, body, where, ok, refused) {
    function run() {
      unfail(where);
      return request(method, path, body).then(function (answer) {
        if (pending && pending.run === run) { pending = null; }
        if (answer.status >= 200 && answer.status < 300) { ok(answer.body); return; }
        if (refused && refused(answer)) { return; }
        fail(where, answer.status === 429 && !(answer.body && answer.body.error) ? t("slowDown") : errorText(answer.body));
      }, function () {
        pending = { run: run, where: where };
        fail(where, t("notSent"), run);
        lost();
      });
    }
    return run();
  }

  // -- the live connection -------------------------------------------------------------------
  function banner(text) {
    var box = $("banner");
    box.textContent = text;
    box.classList.toggle("shown", !!text);
    box.classList.toggle("good", text === t("back"));
  }
  function lost() {
    // After "closed" the server may stop: keep listening quietly (it may open again).
    var quiet = state && state.screen === "closed" && !pending;
    if (online && !quiet) { online = false; banner(t("lost")); }
    if (!timer) { reconnect(); }
  }
  function found() {
    waitMs = 500;
    if (!online) {
      online = true;
      banner(t("back"));
      setTimeout(function () { if (online) { banner(""); } }, 4000);
      if (pending) { pending.run(); }
    }
  }
  function reconnect() {
    if (source) { source.close(); source = null; }
    timer = setTimeout(function () {
      timer = null;
      // Ask first: a 404 means an old or closed code, not a lost network.
      request("GET", "").then(function (answer) {
        if (answer.status === 404) { gone(); return; }
        if (answer.status === 200 && answer.body) { found(); apply(answer.body); }
        listen();
      }, function () { waitMs = Math.min(waitMs * 2, 5000); lost(); reconnect(); });
    }, waitMs);
  }
  function listen() {
    if (source) { source.close(); }
    source = new EventSource(base() + "/events");
    source.addEventListener("state", function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      found();
      apply(data);
    });
    source.onerror = function () {
      // The browser would retry on its own, but not after a 404 or a refused stream;
      // one loop of our own covers both and tells the participant.
      lost();
    };
  }
  function gone() {
    if (source) { source.close(); source = null; }
    online = true;
    banner("");
    state = null;
    handout(null);
    show("missing");
  }

  // -- joining ---------------------------------------------------------------------------------
  function typed() { return $("code").value.replace(/\D/g, "").slice(0, 6); }
  $("code").addEventListener("input", function () { $("code").value = typed(); unfail("join-error"); });
  Array.prototype.forEach.call(document.querySelectorAll("[data-digit]"), function (key) {
    key.addEventListener("click", function () {
      $("code").value = (typed() + key.getAttribute("data-digit")).slice(0, 6);
      unfail("join-error");
    });
  });
  $("erase").addEventListener("click", function () { $("code").value = typed().slice(0, -1); });
  $("join-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var digits = typed();
    if (digits.length !== 6) {
      $("code").setAttribute("aria-invalid", "true");
      fail("join-error", t("codeShort", { n: digits.length }));
      return;
    }
    $("join-go").disabled = true;
    code = digits;
    request("GET", "").then(function (answer) {
      $("join-go").disabled = false;
      if (answer.status === 200 && answer.body) {
        $("code").removeAttribute("aria-invalid");
        history.replaceState(null, "", "/j/" + code);
        start(answer.body);
        return;
      }
      code = null;
      $("code").setAttribute("aria-invalid", "true");
      fail("join-error", answer.status === 404 ? t("badCode") : errorText(answer.body));
    }, function () {
      $("join-go").disabled = false;
      code = null;
      fail("join-error", t("lost"));
    });
  });
  $("to-join").addEventListener("click", function () {
    history.replaceState(null, "", "/");
    $("code").value = "";
    show("join");
    $("code").focus();
  });
  function start(first) {
    save("samskab:code", code);
    online = true;
    apply(first);
    listen();
  }

  // -- following the facilitator ------------------------------------------------------------
  function apply(next) {
    var before = state;
    state = next;
    if (!load("samskab:lang") && next.round && next.round.language) {
      lang = next.round.language === "en" ? "en" : "da";
      translate();
    }
    $("where").textContent = next.title || "";
    handout(next.handout);
    var kind = next.screen;
    if (kind !== "ballot" && kind !== "writing" && editing) { editing = null; }
    if (kind === "ballot" && next.round) {
      lastRound = next.round.id;
      ballot(next.round, !before || !before.round || before.round.id !== next.round.id || screen === "loading");
    } else if (kind === "writing" && next.writing) {
      writing(before);
    } else if (kind === "result" && next.results) {
      results(next.round, next.results);
    } else if (kind === "closed") {
      show("closed");
    } else {
      waiting();
    }
  }
  function handout(shared) {
    // The summary the facilitator shared: a link on every screen, to this laptop only.
    var link = $("handout");
    if (shared && code) {
      link.setAttribute("href", base() + "/handout");
      link.setAttribute("download", shared.name || "");
      link.hidden = false;
    } else {
      link.hidden = true;
      link.removeAttribute("href");
    }
  }
  function phaseLine(target) {
    var phase = state.phase;
    $(target).textContent = phase && phase.name ? t("phase", { name: phase.name }) : "";
  }
  function waiting() {
    phaseLine("waiting-phase");
    $("waiting-title").textContent = state.question || state.title || "Samskab";
    $("waiting-prompt").textContent = (state.phase && state.phase.prompt) || "";
    var notice = $("waiting-notice");
    notice.hidden = !lastRound;
    notice.textContent = lastRound ? t("roundClosed") : "";
    show("waiting");
  }

  // -- writing ideas ----------------------------------------------------------------------------
  function writing(before) {
    var info = state.writing;
    if (info.phase) { $("writing-phase").textContent = t("phase", { name: info.phase }); } else { phaseLine("writing-phase"); }
    $("writing-title").textContent = state.question || state.title || "Samskab";
    $("writing-prompt").textContent = (state.phase && state.phase.prompt) || "";
    var first = screen !== "writing" || !before || !before.writing;
    var groupsBefore = before && before.writing ? JSON.stringify(before.writing.groups) : "";
    if (first || groupsBefore !== JSON.stringify(info.groups)) { groups(info.groups || []); }
    if (first) {
      var name = load("samskab:name");
      if (name && !$("idea-name").value) { $("idea-name").value = name; }
      fetchIdeas();
    }
    show("writing");
  }
  function groups(list) {
    var box = $("group-list");
    var chosenGroup = load("samskab:group");
    clear(box);
    $("groups").hidden = list.length === 0;
    var choices = [{ id: "", name: t("noGroup") }].concat(list);
    if (!choices.some(function (g) { return g.id === chosenGroup; })) { chosenGroup = ""; }
    choices.forEach(function (group) {
      var label = el("label", "choice");
      var input = el("input");
      input.type = "radio";
      input.name = "group";
      input.value = group.id;
      input.checked = group.id === chosenGroup;
      input.addEventListener("change", function () { save("samskab:group", group.id); });
      label.appendChild(input);
      label.appendChild(el("span", group.id ? null : "muted", group.name));
      box.appendChild(label);
    });
  }
  function fetchIdeas() {
    request("GET", "/ideas?device=" + encodeURIComponent(deviceKey())).then(function (answer) {
      if (answer.status === 200 && answer.body && answer.body.ideas) { ideas = answer.body.ideas; mine(); }
    }, function () { /* the banner already says so */ });
  }
  function groupName(id) {
    var list = (state && state.writing && state.writing.groups) || [];
    var found = list.filter(function (g) { return g.id === id; })[0];
    return found ? found.name : "";
  }
  function mine() {
    var list = $("mine");
    clear(list);
    var shown = ideas.filter(function (idea) { return idea.status !== "withdrawn"; });
    $("mine-empty").hidden = shown.length > 0;
    var open = state && state.screen === "writing";
    shown.forEach(function (idea) {
      var item = el("li", "card");
      item.id = "idea-" + idea.id;
      if (editing === idea.id && open) {
        var area = el("textarea");
        area.id = "edit-text";
        area.rows = 3;
        area.maxLength = 500;
        area.value = idea.text;
        area.setAttribute("aria-describedby", "edit-error");
        var label = el("label", null, t("editLabel"));
        label.htmlFor = "edit-text";
        item.appendChild(label);
        item.appendChild(area);
        var row = el("div", "row");
        row.appendChild(button(t("save"), "primary", function () { saveEdit(idea, area.value); }));
        row.appendChild(button(t("cancel"), "secondary", function () { editing = null; mine(); focusIdea(idea.id, 0); }));
        item.appendChild(row);
        var error = el("div", "error");
        error.id = "edit-error";
        error.setAttribute("role", "alert");
        error.tabIndex = -1;
        error.hidden = true;
        item.appendChild(error);
        list.appendChild(item);
        area.focus();
        return;
      }
      item.appendChild(el("p", "text", idea.text));
      var meta = [t("st_" + idea.status)];
      var group = groupName(idea.group);
      if (group) { meta.push(group); }
      if (idea.name) { meta.push(idea.name); }
      item.appendChild(el("p", "small", meta.join(" · ")));
      if (open && idea.status !== "merged" && idea.status !== "hidden") {
        var actions = el("div", "row");
        if (asking === idea.id) {
          // A withdrawal is asked once more: a slip of the thumb loses nothing.
          item.appendChild(el("p", "sure", t("sure")));
          actions.setAttribute("role", "group");
          actions.setAttribute("aria-label", t("sure"));
          actions.appendChild(button(t("yes"), "secondary danger", function () { asking = null; withdrawIdea(idea); }));
          actions.appendChild(button(t("no"), "secondary", function () { asking = null; mine(); focusIdea(idea.id, 1); }));
        } else {
          var edit = button(t("edit"), "secondary", function () { editing = idea.id; asking = null; mine(); });
          edit.setAttribute("aria-label", t("editOf", { text: idea.text }));
          var withdraw = button(t("withdraw"), "secondary danger", function () { asking = idea.id; mine(); focusIdea(idea.id, 1); });
          withdraw.setAttribute("aria-label", t("withdrawOf", { text: idea.text }));
          actions.appendChild(edit);
          actions.appendChild(withdraw);
        }
        item.appendChild(actions);
        var problem = el("div", "error");
        problem.id = "idea-error-" + idea.id;
        problem.setAttribute("role", "alert");
        problem.tabIndex = -1;
        problem.hidden = true;
        item.appendChild(problem);
      }
      list.appendChild(item);
    });
  }
  function focusIdea(id, index) {
    var item = $("idea-" + id);
    var buttons = item ? item.querySelectorAll("button") : [];
    if (buttons[index]) { buttons[index].focus(); }
  }
  function replaceIdea(idea) {
    var found = false;
    ideas = ideas.map(function (old) { if (old.id === idea.id) { found = true; return idea; } return old; });
    if (!found) { ideas.push(idea); }
  }
  $("idea-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = $("idea-text").value.trim();
    $("idea-sent").textContent = "";
    if (!text) {
      $("idea-text").setAttribute("aria-invalid", "true");
      fail("idea-error", t("ideaEmpty"));
      $("idea-text").focus();
      return;
    }
    $("idea-text").removeAttribute("aria-invalid");
    var name = $("idea-name").value.trim();
    save("samskab:name", name || null);
    var checked = document.querySelector("input[name=group]:checked");
    var body = { device: deviceKey(), text: text, group: checked && checked.value ? checked.value : null, name: name || null };
    $("idea-send").disabled = true;
    write("POST", "/ideas", body, "idea-error", function (idea) {
      $("idea-send").disabled = false;
      if (idea && idea.id) { replaceIdea(idea); } else { fetchIdeas(); }
      $("idea-text").value = "";
      $("idea-sent").textContent = t("ideaSent");
      mine();
      $("idea-text").focus();
    }).then(function () { $("idea-send").disabled = false; });
  });
  function saveEdit(idea, value) {
    var text = value.trim();
    if (!text) { fail("edit-error", t("ideaEmpty")); $("edit-text").focus(); return; }
    write("PUT", "/ideas/" + encodeURIComponent(idea.id), { device: deviceKey(), text: text }, "edit-error", function (changed) {
      editing = null;
      replaceIdea(changed && changed.id ? changed : Object.assign({}, idea, { text: text }));
      mine();
      focusIdea(idea.id, 0);
    });
  }
  function withdrawIdea(idea) {
    var path = "/ideas/" + encodeURIComponent(idea.id) + "?device=" + encodeURIComponent(deviceKey());
    write("DELETE", path, undefined, "idea-error-" + idea.id, function () {
      ideas = ideas.filter(function (old) { return old.id !== idea.id; });
      mine();
      $("mine-title").focus();
    });
  }

  // -- the ballot ---------------------------------------------------------------------------------
  var kept = null;    // the ballot the server counted in this round
  function ballot(next, fresh) {
    if (!fresh) {
      // The same round again (a heartbeat of state): keep what the participant is doing.
      if (screen === "vote" || screen === "who" || screen === "done") { return; }
    }
    round = next;
    kept = null;
    marks = { dots: {}, answers: {}, scores: {} };
    participant = null;
    chosen = false;
    var asked = round;
    // A reloaded page (or another visit) shows what was counted.
    request("GET", "/ballot?device=" + encodeURIComponent(deviceKey()) + "&round=" + encodeURIComponent(round.id))
      .then(function (answer) { return answer.status === 200 && answer.body ? answer.body.ballot : null; },
            function () { return null; })
      .then(function (view) {
        if (round !== asked || (state && state.screen !== "ballot")) { return; }
        if (view) { kept = view; adopt(view); participant = view.participant || null; chosen = true; confirm(view); return; }
        begin();
      });
  }
  function begin() {
    var remembered = load("samskab:who");
    if (!chosen && remembered) {
      participant = remembered === "-" ? null : remembered;
      chosen = participant === null || round.participants.some(function (p) { return p.id === participant; });
    }
    if (!chosen && !round.anonymous && round.participants && round.participants.length) { who(); return; }
    if (round.anonymous) { participant = null; }
    render();
    show("vote");
  }
  function who() {
    var names = $("names");
    clear(names);
    round.participants.forEach(function (p) {
      names.appendChild(button(p.name, null, function () { choose(p.id); }));
    });
    show("who");
  }
  function choose(id) {
    participant = id;
    chosen = true;
    save("samskab:who", id === null ? "-" : id);
    render();
    show("vote");
  }
  $("anonymous").addEventListener("click", function () { choose(null); });

  function used() {
    var sum = 0;
    for (var k in marks.dots) { sum += marks.dots[k]; }
    return sum;
  }
  function render() {
    $("vote-title").textContent = round.title || t("vote");
    var help = { dots: t("dotsHelp"), statements: t("pollHelp"), criteria: t("criteriaHelp") }[round.kind] || "";
    if (round.kind === "dots" && round.max_per_option && round.max_per_option < round.budget) {
      help += " " + t("dotsMax", { n: round.max_per_option });
    }
    $("vote-help").textContent = help;
    var person = (round.participants || []).filter(function (p) { return p.id === participant; })[0];
    $("voter").textContent = round.anonymous ? "" : (person ? t("votingAs", { name: person.name }) : t("votingAnon"));
    var options = $("options");
    clear(options);
    round.options.forEach(function (option) {
      var card = el("div", "card");
      var text = el("p", "text");
      text.id = "option-" + option.id;
      if (option.number !== null && option.number !== undefined) { text.appendChild(el("span", "num", option.number + ".")); }
      text.appendChild(document.createTextNode(option.text));
      card.appendChild(text);
      if (round.kind === "dots") { stepper(card, option); }
      else if (round.kind === "statements") { answers(card, option); }
      else { scale(card, option); }
      options.appendChild(card);
    });
    remaining();
    $("send").disabled = false;
  }
  function hasMarks() {
    if (round.kind === "dots") { return used() > 0; }
    if (round.kind === "statements") { return Object.keys(marks.answers).length > 0; }
    return Object.keys(marks.scores).length > 0;
  }
  function remaining() {
    var bar = $("remaining");
    clear(bar);
    if (round.kind !== "dots") { return; }
    var left = round.budget - used();
    var pips = el("span", "pips", "●".repeat(left) + "○".repeat(round.budget - left));
    pips.setAttribute("aria-hidden", "true");
    bar.appendChild(pips);
    bar.appendChild(el("span", null, left === 1 ? t("leftOne", { b: round.budget }) : t("left", { n: left, b: round.budget })));
  }
  function dotsText(n) { return n === 1 ? t("dot") : t("dots", { n: n }); }
  function stepper(card, option) {
    var most = round.max_per_option || round.budget;
    var n = marks.dots[option.id] || 0;
    if (n) { card.classList.add("marked"); }
    var row = el("div", "stepper");
    var minus = button("−", null, function () { change(option.id, -1, 0); });
    var count = el("span", "count", n ? dotsText(n) : t("none"));
    var plus = button("+", null, function () { change(option.id, 1, 1); });
    minus.setAttribute("aria-label", t("minusOf", { text: option.text }));
    plus.setAttribute("aria-label", t("plusOf", { text: option.text }));
    minus.disabled = n === 0;
    plus.disabled = n >= most || used() >= round.budget;
    row.appendChild(minus); row.appendChild(count); row.appendChild(plus);
    card.appendChild(row);
  }
  function change(id, delta, which) {
    var n = (marks.dots[id] || 0) + delta;
    if (n <= 0) { delete marks.dots[id]; } else { marks.dots[id] = n; }
    keep(id, which);
  }
  function pressed(b, on) { b.setAttribute("aria-pressed", on ? "true" : "false"); }
  function answers(card, option) {
    var row = el("div", "choices");
    row.setAttribute("role", "group");
    row.setAttribute("aria-labelledby", "option-" + option.id);
    if (marks.answers[option.id]) { card.classList.add("marked"); }
    ANSWERS.forEach(function (answer, index) {
      var b = button(t(answer[1]), null, function () {
        if (marks.answers[option.id] === answer[0]) { delete marks.answers[option.id]; }
        else { marks.answers[option.id] = answer[0]; }
        keep(option.id, index);
      });
      pressed(b, marks.answers[option.id] === answer[0]);
      row.appendChild(b);
    });
    card.appendChild(row);
  }
  function scale(card, option) {
    var given = marks.scores[option.id] || {};
    if (Object.keys(given).length) { card.classList.add("marked"); }
    round.criteria.forEach(function (criterion, c) {
      var label = el("p", "criterion", criterion.name);
      label.id = "criterion-" + option.id + "-" + criterion.id;
      card.appendChild(label);
      var row = el("div", "choices scale");
      row.setAttribute("role", "group");
      row.setAttribute("aria-labelledby", "option-" + option.id + " " + label.id);
      [1, 2, 3, 4, 5].forEach(function (value) {
        var b = button(String(value), null, function () {
          var scores = marks.scores[option.id] || {};
          if (scores[criterion.id] === value) { delete scores[criterion.id]; } else { scores[criterion.id] = value; }
          if (Object.keys(scores).length) { marks.scores[option.id] = scores; } else { delete marks.scores[option.id]; }
          keep(option.id, c * 5 + value - 1);
        });
        pressed(b, given[criterion.id] === value);
        row.appendChild(b);
      });
      card.appendChild(row);
    });
  }
  /* Re-render after a tap, keeping the scroll position and the focus on the same button
     (a keyboard or screen-reader user must not be thrown to the top). */
  function keep(optionId, index) {
    var y = window.scrollY;
    render();
    window.scrollTo(0, y);
    var text = $("option-" + optionId);
    var buttons = text ? text.parentNode.querySelectorAll("button") : [];
    var target = buttons[index];
    if (target && target.disabled) { target = buttons[index === 0 ? 1 : 0]; }
    if (target && !target.disabled) { target.focus({ preventScroll: true }); }
    unfail("vote-error");
  }
  function send(abstaining) {
    if (!abstaining && !hasMarks()) { fail("vote-error", t("nothingMarked")); return; }
    var body = { round: round.id, voter: deviceKey(), participant: participant };
    if (abstaining) { body.abstain = true; }
    else if (round.kind === "dots") { body.dots = marks.dots; }
    else if (round.kind === "statements") { body.answers = marks.answers; }
    else { body.scores = marks.scores; }
    $("send").disabled = $("abstain").disabled = true;
    var sentRound = round;
    write("POST", "/ballot", body, "vote-error", function (answer) {
      var view = (answer && answer.ballot) || {};
      if (round === sentRound) { kept = view; confirm(view); }
    }, function (answer) {
      if (answer.status !== 409) { return false; }
      fail("vote-error", errorText(answer.body));
      return true;
    }).then(function () { $("abstain").disabled = false; $("send").disabled = false; });
  }
  $("send").addEventListener("click", function () { send(false); });
  $("abstain").addEventListener("click", function () { send(true); });

  function counted(list, view) {
    clear(list);
    if (view.abstained) { list.appendChild(el("li", null, t("abstainedLine"))); return; }
    var answerWord = { enig: t("agree"), uenig: t("disagree"), ved_ikke: t("dontKnow") };
    round.options.forEach(function (option) {
      var label = (option.number ? option.number + ". " : "") + option.text;
      var item;
      if (round.kind === "dots" && view.dots && view.dots[option.id]) {
        item = el("li"); item.appendChild(el("span", "mark", dotsText(view.dots[option.id])));
        item.appendChild(document.createTextNode(label));
      } else if (round.kind === "statements" && view.answers && view.answers[option.id]) {
        item = el("li"); item.appendChild(el("span", "mark", answerWord[view.answers[option.id]]));
        item.appendChild(document.createTextNode(label));
      } else if (round.kind === "criteria" && view.scores && view.scores[option.id]) {
        item = el("li", null, label);
        round.criteria.forEach(function (criterion) {
          var value = view.scores[option.id][criterion.id];
          if (value) {
            var line = el("div"); line.appendChild(el("span", "mark", String(value)));
            line.appendChild(document.createTextNode(criterion.name)); item.appendChild(line);
          }
        });
      }
      if (item) { list.appendChild(item); }
    });
  }
  function confirm(view) {
    $("done-title").textContent = view.abstained ? t("abstainedTitle") : t("doneTitle");
    counted($("counted"), view);
    show("done");
    $("done-title").focus();
  }
  function adopt(view) {
    marks = { dots: Object.assign({}, view.dots || {}), answers: Object.assign({}, view.answers || {}), scores: {} };
    for (var idea in (view.scores || {})) { marks.scores[idea] = Object.assign({}, view.scores[idea]); }
  }
  $("change").addEventListener("click", function () {
    render();
    show("vote");
  });

  // -- the result ---------------------------------------------------------------------------------
  function optionText(row) { return (row.option || row.statement || {}).text || ""; }
  function number(value) { return (Math.round(value * 10) / 10).toLocaleString(lang === "da" ? "da-DK" : "en-GB"); }
  function results(info, res) {
    $("result-title").textContent = res.title || (info && info.title) || t("vote");
    var voters = res.voters;
    $("result-voters").textContent = typeof voters === "number" ? (voters === 1 ? t("votersOne") : t("voters", { n: voters })) : "";
    var list = $("results");
    clear(list);
    var kind = res.kind || (info && info.kind);
    if (kind === "statements") {
      (res.statements || []).forEach(function (row) {
        var item = el("li", "card");
        item.appendChild(el("p", "text", optionText(row)));
        var line = el("p", "tally");
        [["agree", row.enig], ["disagree", row.uenig], ["dontKnow", row.ved_ikke]].forEach(function (part) {
          line.appendChild(el("span", "mark", t(part[0]) + ": " + (part[1] || 0)));
        });
        item.appendChild(line);
        list.appendChild(item);
      });
    } else if (kind === "criteria") {
      (res.scored || []).forEach(function (row) {
        var item = el("li", "card");
        var head = el("p", "text");
        head.appendChild(el("span", "rank", t("rank", { n: row.rank_by_total })));
        head.appendChild(document.createTextNode(optionText(row)));
        item.appendChild(head);
        (row.per_criterion || []).forEach(function (c) {
          var named = (res.criteria || []).filter(function (k) { return k.id === c.criterion; })[0];
          var name = named ? named.name : "";
          var none = c.mean === null || c.mean === undefined;
          item.appendChild(el("p", "small", name + ": " + (none ? t("unscored") : t("meanOf", { m: number(c.mean) }))));
        });
        list.appendChild(item);
      });
    } else {
      var most = Math.max.apply(null, (res.dots || []).map(function (row) { return row.dots; }).concat([1]));
      (res.dots || []).forEach(function (row) {
        var item = el("li", "card");
        var head = el("p", "text");
        head.appendChild(el("span", "rank", t("rank", { n: row.rank })));
        head.appendChild(document.createTextNode(optionText(row)));
        item.appendChild(head);
        var bar = el("div", "bar-row");
        var track = el("span", "track");
        var fill = el("span", "fill");
        fill.style.width = Math.round(100 * row.dots / most) + "%";
        track.setAttribute("aria-hidden", "true");
        track.appendChild(fill);
        bar.appendChild(track);
        bar.appendChild(el("span", "value", dotsText(row.dots)));
        item.appendChild(bar);
        list.appendChild(item);
      });
    }
    show("result");
  }

  // -- language -----------------------------------------------------------------------------------
  function translate() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    $("erase").setAttribute("aria-label", t("erase"));
    var toggle = $("lang");
    toggle.textContent = t("langButton");
    toggle.setAttribute("lang", t("langCode"));
    toggle.setAttribute("aria-label", t("langLabel"));
    if (!online) { banner(t("lost")); }
    if (state) { redraw(); }
  }
  function redraw() {
    if (screen === "vote") { keep(null, -1); }
    else if (screen === "done") { confirm(kept || {}); }
    else if (screen === "writing") { groups(state.writing.groups || []); mine(); }
    else if (screen === "waiting") { waiting(); }
    else if (screen === "result") { results(state.round, state.results); }
  }
  $("lang").addEventListener("click", function () {
    lang = lang === "da" ? "en" : "da";
    save("samskab:lang", lang);
    translate();
  });

  // -- start ----------------------------------------------------------------------------------------
  translate();
  var path = /^\/j\/(\d{6})\/?$/.exec(location.pathname);
  var query = /[?&]code=(\d{6})(&|$)/.exec(location.search);
  var asked = path ? path[1] : (query ? query[1] : null);
  if (asked) {
    code = asked;
    request("GET", "").then(function (answer) {
      if (answer.status === 200 && answer.body) {
        if (!path) { history.replaceState(null, "", "/j/" + code); }
        start(answer.body);
      } else { show("missing"); }
    }, function () { lost(); });
  } else if (location.pathname === "/" || location.pathname === "/index.html") {
    show("join");
  } else {
    show("missing");
  }
})();
