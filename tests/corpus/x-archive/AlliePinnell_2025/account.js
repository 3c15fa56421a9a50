window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "-@-.com",
      "createdVia" : "oauth:191841",
      "username" : "alystyle_",
      "accountId" : "715628873967271936",
      "createdAt" : "2016-03-31T19:56:34.100Z",
      "accountDisplayName" : "@alystyle.bsky.social"
    }
  }
]