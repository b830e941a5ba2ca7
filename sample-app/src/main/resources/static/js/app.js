// Shows that the script ran: a test (or a person) can tell the page got its assets from wherever they are served.
document.addEventListener("DOMContentLoaded", function () {
  var status = document.getElementById("asset-status");
  status.textContent = "Stylesheets, fonts, images and this script are loaded.";
  status.classList.replace("text-bg-warning", "text-bg-success");
  document.body.dataset.assetsReady = "yes";
});
