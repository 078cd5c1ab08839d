/* Samskab phone page. Every text from the workshop is set with textContent, never
   as HTML: an idea reading "<script>" shows exactly that. No external resources. */
"use strict";

(function () {
  var T = {
    da: {
      loading: "Henter afstemningen …", joinTitle: "Deltag i afstemningen", joinHelp: "Skriv koden fra lærredet.",
      code: "Kode", join: "Deltag", whoTitle: "Hvem er du?", whoHelp: "Vælg dit navn, eller stem uden navn.",
      anonymous: "Stem uden navn", send: "Afgiv stemme", abstain: "Jeg stemmer ikke",
      doneTitle: "Tak! Din stemme er talt med", abstainedTitle: "Du stemmer ikke denne gang",
      change: "Ret min stemme", closedTitle: "Afstemningen er lukket", closedHelp: "Se resultatet på lærredet.",
      missingTitle: "Afstemningen findes ikke", missingHelp: "Tjek adressen, eller skriv koden fra lærredet.",
      toJoin: "Skriv en kode", langButton: "English", langLabel: "Switch to English",
      dotsHelp: "Fordel dine prikker på de idéer, du synes bedst om.",
      dotsMax: "Højst {n} på samme idé.",
      pollHelp: "Sig, om du er enig, uenig eller ikke ved det.",
      criteriaHelp: "Giv hver idé 1–5 på hvert kriterium (5 er bedst).",
      left: "{n} af {b} prikker tilbage", leftOne: "1 af {b} prikker tilbage",
      dots: "{n} prikker", dot: "1 prik", none: "ingen",
      agree: "Enig", disagree: "Uenig", dontKnow: "Ved ikke",
      votingAs: "Du stemmer som {name}.", votingAnon: "Du stemmer uden navn.",
      badCode: "Koden passer ikke til en åben afstemning.",
      network: "Ingen forbindelse til Samskab. Tjek, at du er på lokalets net, og prøv igen.",
      abstainedLine: "Du har valgt ikke at stemme.", title: "Afstemning"
    },
    en: {
      loading: "Loading the vote …", joinTitle: "Join the vote", joinHelp: "Type the code from the screen.",
      code: "Code", join: "Join", whoTitle: "Who are you?", whoHelp: "Pick your name, or vote without a name.",
      anonymous: "Vote without a name", send: "Cast my vote", abstain: "I am not voting",
      doneTitle: "Thank you! Your vote is counted", abstainedTitle: "You are not voting this time",
      change: "Change my vote", closedTitle: "The vote is closed", closedHelp: "See the results on the screen.",
      missingTitle: "There is no such vote", missingHelp: "Check the address, or type the code from the screen.",
      toJoin: "Type a code", langButton: "Dansk", langLabel: "Skift til dansk",
      dotsHelp: "Spread your dots over the ideas you like best.",
      dotsMax: "At most {n} on the same idea.",
      pollHelp: "Say whether you agree, disagree or don't know.",
      criteriaHelp: "Give each idea 1–5 on each criterion (5 is best).",
      left: "{n} of {b} dots left", leftOne: "1 of {b} dots left",
      dots: "{n} dots", dot: "1 dot", none: "none",
      agree: "Agree", disagree: "Disagree", dontKnow: "Don't know",
      votingAs: "You are voting as {name}.", votingAnon: "You are voting without a name.",
      badCode: "The code does not match an open vote.",
      network: "No connection to Samskab. Check that you are on the room's network and try again.",
      abstainedLine: "You chose not to vote.", title: "Vote"
    }
  };
  var ANSWERS = [["enig", "agree"], ["uenig", "disagree"], ["ved_ikke", "dontKnow"]];

  var match = /^\/r\/([A-Z0-9]{8,64})\/$/.exec(location.pathname);
  var token = match ? match[1] : null;
  var base = token ? "/r/" + token + "/api/" : null;
  var store = {};
  function load(key) { try { return localStorage.getItem(key); } catch (e) { return store[key] || null; } }
  function save(key, value) {
    try { if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); } }
    catch (e) { store[key] = value; }
  }

  var lang = load("samskab:lang") || "da";
  var round = null;
  var marks = { dots: {}, answers: {}, scores: {} };
  var participant = null;
  var chosen = false;  // a name (or no name) has been chosen
  var last = null;     // the last ballot the server confirmed

  function t(key, values) {
    var text = (T[lang] && T[lang][key]) || T.da[key] || key;
    for (var name in (values || {})) { text = text.split("{" + name + "}").join(String(values[name])); }
    return text;
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function show(id) {
    ["loading", "join", "who", "vote", "done", "closed", "missing"].forEach(function (s) { $(s).hidden = s !== id; });
    window.scrollTo(0, 0);
  }
  function voterKey() {
    var name = "samskab:voter:" + token;
    var key = load(name);
    if (!key || !/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
      var bytes = new Uint8Array(18);
      crypto.getRandomValues(bytes);
      key = btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      save(name, key);
    }
    return key;
  }
  function errorText(body) {
    if (body && body.error) { return body.error[lang] || body.error.da; }
    return t("network");
  }
  function api(path, options) {
    options = options || {};
    options.headers = options.headers || {};
    options.headers["X-Samskab-Voter"] = voterKey();
    options.cache = "no-store";
    return fetch(base + path, options).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        return { status: response.status, body: body };
      });
    });
  }

  // -- language ---------------------------------------------------------------------
  function translate() {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    $("lang").textContent = t("langButton");
    $("lang").setAttribute("aria-label", t("langLabel"));
    if (round) { render(); }
  }
  $("lang").addEventListener("click", function () {
    lang = lang === "da" ? "en" : "da";
    save("samskab:lang", lang);
    translate();
  });

  // -- choosing a name -----------------------------------------------------------------
  function who() {
    var names = $("names");
    clear(names);
    round.participants.forEach(function (p) {
      var button = el("button", null, p.name);
      button.type = "button";
      button.addEventListener("click", function () { choose(p.id); });
      names.appendChild(button);
    });
    show("who");
  }
  function choose(id) {
    participant = id;
    chosen = true;
    save("samskab:who:" + token, id === null ? "-" : id);
    render();
    show("vote");
  }
  $("anonymous").addEventListener("click", function () { choose(null); });

  // -- the ballot ----------------------------------------------------------------------
  function used() {
    var sum = 0;
    for (var k in marks.dots) { sum += marks.dots[k]; }
    return sum;
  }
  function render() {
    $("vote-title").textContent = round.title || t("title");
    var help = { dots: t("dotsHelp"), statements: t("pollHelp"), criteria: t("criteriaHelp") }[round.kind];
    if (round.kind === "dots" && round.max_per_option && round.max_per_option < round.budget) {
      help += " " + t("dotsMax", { n: round.max_per_option });
    }
    $("vote-help").textContent = help;
    var person = round.participants.filter(function (p) { return p.id === participant; })[0];
    $("voter").textContent = round.anonymous ? "" : (person ? t("votingAs", { name: person.name }) : t("votingAnon"));
    var options = $("options");
    clear(options);
    round.options.forEach(function (option) {
      var card = el("div", "card");
      var text = el("p", "text");
      if (option.number !== null && option.number !== undefined) { text.appendChild(el("span", "num", option.number + ".")); }
      text.appendChild(document.createTextNode(option.text));
      card.appendChild(text);
      if (round.kind === "dots") { stepper(card, option); }
      else if (round.kind === "statements") { answers(card, option); }
      else { scale(card, option); }
      options.appendChild(card);
    });
    remaining();
    $("vote-error").hidden = true;
    $("send").disabled = !hasMarks();
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
    bar.appendChild(el("span", "pips", "●".repeat(left) + "○".repeat(round.budget - left)));
    bar.appendChild(el("span", null, left === 1 ? t("leftOne", { b: round.budget }) : t("left", { n: left, b: round.budget })));
  }
  function dotsText(n) { return n === 1 ? t("dot") : t("dots", { n: n }); }
  function stepper(card, option) {
    var most = round.max_per_option || round.budget;
    var n = marks.dots[option.id] || 0;
    if (n) { card.classList.add("marked"); }
    var row = el("div", "stepper");
    var minus = el("button", null, "−");
    var count = el("span", "count", n ? dotsText(n) : t("none"));
    var plus = el("button", null, "+");
    minus.type = plus.type = "button";
    minus.setAttribute("aria-label", "−1");
    plus.setAttribute("aria-label", "+1");
    minus.disabled = n === 0;
    plus.disabled = n >= most || used() >= round.budget;
    minus.addEventListener("click", function () { change(option.id, -1); });
    plus.addEventListener("click", function () { change(option.id, 1); });
    row.appendChild(minus); row.appendChild(count); row.appendChild(plus);
    card.appendChild(row);
  }
  function change(id, delta) {
    var n = (marks.dots[id] || 0) + delta;
    if (n <= 0) { delete marks.dots[id]; } else { marks.dots[id] = n; }
    var y = window.scrollY;
    render();
    window.scrollTo(0, y);
  }
  function pressed(button, on) { button.setAttribute("aria-pressed", on ? "true" : "false"); }
  function answers(card, option) {
    var row = el("div", "choices");
    if (marks.answers[option.id]) { card.classList.add("marked"); }
    ANSWERS.forEach(function (answer) {
      var button = el("button", null, t(answer[1]));
      button.type = "button";
      pressed(button, marks.answers[option.id] === answer[0]);
      button.addEventListener("click", function () {
        if (marks.answers[option.id] === answer[0]) { delete marks.answers[option.id]; }
        else { marks.answers[option.id] = answer[0]; }
        keep();
      });
      row.appendChild(button);
    });
    card.appendChild(row);
  }
  function scale(card, option) {
    var given = marks.scores[option.id] || {};
    if (Object.keys(given).length) { card.classList.add("marked"); }
    round.criteria.forEach(function (criterion) {
      card.appendChild(el("p", "criterion", criterion.name));
      var row = el("div", "choices scale");
      [1, 2, 3, 4, 5].forEach(function (value) {
        var button = el("button", null, String(value));
        button.type = "button";
        pressed(button, given[criterion.id] === value);
        button.addEventListener("click", function () {
          var scores = marks.scores[option.id] || {};
          if (scores[criterion.id] === value) { delete scores[criterion.id]; } else { scores[criterion.id] = value; }
          if (Object.keys(scores).length) { marks.scores[option.id] = scores; } else { delete marks.scores[option.id]; }
          keep();
        });
        row.appendChild(button);
      });
      card.appendChild(row);
    });
  }
  function keep() { var y = window.scrollY; render(); window.scrollTo(0, y); }

  function send(abstaining) {
    var body = { voter: voterKey(), participant: participant };
    if (abstaining) { body.abstain = true; }
    else if (round.kind === "dots") { body.dots = marks.dots; }
    else if (round.kind === "statements") { body.answers = marks.answers; }
    else { body.scores = marks.scores; }
    $("send").disabled = $("abstain").disabled = true;
    api("ballot", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (answer) {
        if (answer.status === 200) { confirm(answer.body.ballot); return; }
        if (answer.status === 409) { closed(); return; }
        var error = $("vote-error");
        error.textContent = errorText(answer.body);
        error.hidden = false;
        error.scrollIntoView({ block: "center" });
      })
      .catch(function () {
        var error = $("vote-error");
        error.textContent = t("network");
        error.hidden = false;
      })
      .then(function () { $("abstain").disabled = false; $("send").disabled = !hasMarks(); });
  }
  $("send").addEventListener("click", function () { send(false); });
  $("abstain").addEventListener("click", function () { send(true); });

  // -- what was counted --------------------------------------------------------------------
  function counted(list, ballot) {
    clear(list);
    if (ballot.abstained) { list.appendChild(el("li", null, t("abstainedLine"))); return; }
    var answerWord = { enig: t("agree"), uenig: t("disagree"), ved_ikke: t("dontKnow") };
    round.options.forEach(function (option) {
      var label = (option.number ? option.number + ". " : "") + option.text;
      if (round.kind === "dots" && ballot.dots[option.id]) {
        var li = el("li"); li.appendChild(el("span", "mark", dotsText(ballot.dots[option.id]))); li.appendChild(document.createTextNode(label)); list.appendChild(li);
      } else if (round.kind === "statements" && ballot.answers[option.id]) {
        var row = el("li"); row.appendChild(el("span", "mark", answerWord[ballot.answers[option.id]])); row.appendChild(document.createTextNode(label)); list.appendChild(row);
      } else if (round.kind === "criteria" && ballot.scores[option.id]) {
        var item = el("li", null, label);
        round.criteria.forEach(function (criterion) {
          var value = ballot.scores[option.id][criterion.id];
          if (value) { var line = el("div"); line.appendChild(el("span", "mark", String(value))); line.appendChild(document.createTextNode(criterion.name)); item.appendChild(line); }
        });
        list.appendChild(item);
      }
    });
  }
  function confirm(ballot) {
    last = ballot;
    $("done-title").textContent = ballot.abstained ? t("abstainedTitle") : t("doneTitle");
    $("done-help").textContent = lang === "da"
      ? "Du kan ændre din stemme, til afstemningen lukker."
      : "You can change your vote until the vote closes.";
    counted($("counted"), ballot);
    show("done");
  }
  function closed() {
    if (last) { counted($("closed-counted"), last); } else { clear($("closed-counted")); }
    show("closed");
  }
  function adopt(ballot) {
    marks = { dots: Object.assign({}, ballot.dots), answers: Object.assign({}, ballot.answers), scores: {} };
    for (var idea in ballot.scores) { marks.scores[idea] = Object.assign({}, ballot.scores[idea]); }
  }
  $("change").addEventListener("click", function () {
    start(true);
  });

  // -- start ---------------------------------------------------------------------------------
  function start(editing) {
    api("round").then(function (answer) {
      if (answer.status === 404) { show("missing"); return; }
      if (answer.status !== 200) { show("missing"); return; }
      round = answer.body.round;
      if (!load("samskab:lang") && round.language) { lang = round.language === "en" ? "en" : "da"; }
      translate();
      return api("me").then(function (me) {
        var ballot = me.status === 200 ? me.body.ballot : null;
        if (ballot) { last = ballot; adopt(ballot); participant = ballot.participant; chosen = true; }
        if (round.state !== "open") { closed(); return; }
        if (ballot && !editing) { confirm(ballot); return; }
        var remembered = load("samskab:who:" + token);
        if (!chosen && remembered) {
          participant = remembered === "-" ? null : remembered;
          chosen = participant === null || round.participants.some(function (p) { return p.id === participant; });
        }
        if (!chosen && !round.anonymous && round.participants.length) { who(); return; }
        if (round.anonymous) { participant = null; }
        render();
        show("vote");
      });
    }).catch(function () {
      $("loading").firstChild.textContent = t("network");
    });
  }

  translate();
  if (token) {
    start(false);
  } else {
    show("join");
    if (/[?&]error=code/.test(location.search)) {
      $("join-error").textContent = t("badCode");
      $("join-error").hidden = false;
    }
  }
})();
