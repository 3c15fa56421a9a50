window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "OUTTA HERE: On the Bluer Skies",
        "website" : "",
        "location" : "🎶~SKY HIGH~🎶"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1764826758971346944/ge67k3qD.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/715628873967271936/1665538575"
    }
  }
]