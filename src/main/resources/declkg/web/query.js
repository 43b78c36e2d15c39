// The query page: YASQE (editor) and YASR (results) on declkg's read-only endpoint, with the
// declkg prefixes, the example queries, and result links that open the resource pages of this server.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("declkg-query-config").textContent);
  if (typeof Yasqe === "undefined" || typeof Yasr === "undefined") return; // the plain form stays

  // Nothing is fetched from elsewhere: no prefix.cc, no LOV; prefixes are completed from declkg's own.
  var prefixList = Object.keys(config.prefixes).map(function (p) { return p + ": <" + config.prefixes[p] + ">"; });
  Yasqe.defaults.autocompleters = ["variables"];
  Yasqe.forkAutocompleter("prefixes", {
    name: "prefixes-declkg",
    persistenceId: null,
    get: function () { return Promise.resolve(prefixList); }
  });

  var form = document.getElementById("query-form");
  var textarea = document.getElementById("query");
  textarea.style.display = "none";
  form.querySelector(".plain").style.display = "none";
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  var yasr = new Yasr(document.getElementById("yasr"), {
    persistenceId: null,
    prefixes: config.prefixes,
    pluginOrder: ["table", "response"]
  });
  var yasqe = new Yasqe(document.getElementById("yasqe"), {
    value: config.initial,
    persistenceId: null,
    consumeShareLink: null,
    createShareableLink: function (y) {
      return location.protocol + "//" + location.host + "/?query=" + encodeURIComponent(y.getValue());
    },
    showQueryButton: true,
    resizeable: true,
    editorHeight: "480px",
    requestConfig: {
      endpoint: config.endpoint,
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json",
      acceptHeaderGraph: "text/turtle"
    }
  });
  yasqe.on("queryResponse", function (y, response, duration) { yasr.setResponse(response, duration); });

  var examples = {};
  config.examples.forEach(function (e) { examples[e.name] = e.query; });
  var select = document.getElementById("examples");
  select.addEventListener("change", function () {
    if (!examples[select.value]) return;
    yasqe.setValue(examples[select.value]);
    yasqe.query();
  });

  // Data IRIs and ontology terms in the results open their pages on this server.
  var ontology = "https://w3id.org/declkg/ontology#";
  function local(href) {
    if (href.indexOf(config.dataBase) === 0) return "/id/" + href.substring(config.dataBase.length);
    if (href.indexOf(ontology) === 0) return "/ontology#" + href.substring(ontology.length);
    return null;
  }
  function relink(root) {
    root.querySelectorAll("a[href]").forEach(function (a) {
      var to = local(a.getAttribute("href"));
      if (to) {
        a.setAttribute("href", to);
        a.removeAttribute("target");
      }
    });
  }
  new MutationObserver(function () { relink(document.getElementById("yasr")); })
    .observe(document.getElementById("yasr"), { childList: true, subtree: true });
  window.declkgQuery = { yasqe: yasqe, yasr: yasr };
  if (select.value) yasqe.query(); // an example opens with its results
})();
