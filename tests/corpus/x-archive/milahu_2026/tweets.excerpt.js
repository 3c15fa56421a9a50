window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029905315156599088"
          ],
          "editableUntil" : "2026-03-06T14:01:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sama Hoole",
            "screen_name" : "SamaHoole",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2253756806",
            "id" : "2253756806"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/DINVl1FCfV",
            "expanded_url" : "https://x.com/milahu104/status/2029903943413772741",
            "display_url" : "x.com/milahu104/stat…",
            "indices" : [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2027739112069878026",
      "id_str" : "2029905315156599088",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029905315156599088",
      "in_reply_to_status_id" : "2027739112069878026",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 06 13:01:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@SamaHoole https://t.co/DINVl1FCfV",
      "lang" : "qme",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027740004752007577"
          ],
          "editableUntil" : "2026-02-28T14:37:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sama Hoole",
            "screen_name" : "SamaHoole",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2253756806",
            "id" : "2253756806"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "286"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2027739983574888738",
      "id_str" : "2027740004752007577",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027740004752007577",
      "in_reply_to_status_id" : "2027739983574888738",
      "created_at" : "Sat Feb 28 13:37:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@SamaHoole ... the doctor is sitting on the next beach lounger, leaning forward, \"talking with his hands\", looking worried/nervous/anxious, desperately trying to explain everything the patient is doing wrong. the doctor is really obese, and the patient is really muscular (body builder)",
      "lang" : "en",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027739983574888738"
          ],
          "editableUntil" : "2026-02-28T14:37:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sama Hoole",
            "screen_name" : "SamaHoole",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2253756806",
            "id" : "2253756806"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2027739934979772693",
      "id_str" : "2027739983574888738",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027739983574888738",
      "in_reply_to_status_id" : "2027739934979772693",
      "created_at" : "Sat Feb 28 13:37:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@SamaHoole ... the patient is sitting comfortably, laid back in a beach lounger, relaxed, smiling, listening. ...",
      "lang" : "en",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027739934979772693"
          ],
          "editableUntil" : "2026-02-28T14:37:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sama Hoole",
            "screen_name" : "SamaHoole",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2253756806",
            "id" : "2253756806"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2027739112069878026",
      "id_str" : "2027739934979772693",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027739934979772693",
      "in_reply_to_status_id" : "2027739112069878026",
      "created_at" : "Sat Feb 28 13:37:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@SamaHoole chatGPT prompt:\ncombine the two images into one image. the first image is a doctor, the second image is a patient. use realistic style. both are sitting outside at a pool, dressed only in underwear (boxer shorts). ...",
      "lang" : "en",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027739112069878026"
          ],
          "editableUntil" : "2026-02-28T14:34:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Sama Hoole",
            "screen_name" : "SamaHoole",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2253756806",
            "id" : "2253756806"
          }
        ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/milahu104/status/2027739112069878026/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/MKeatIEeZ4",
            "media_url" : "http://pbs.twimg.com/media/HCP598CWMAAaGOK.jpg",
            "id_str" : "2027739099730161664",
            "id" : "2027739099730161664",
            "media_url_https" : "https://pbs.twimg.com/media/HCP598CWMAAaGOK.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1536",
                "h" : "1024",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/MKeatIEeZ4"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "20",
      "in_reply_to_status_id_str" : "2027488215242825775",
      "id_str" : "2027739112069878026",
      "in_reply_to_user_id" : "2253756806",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2027739112069878026",
      "in_reply_to_status_id" : "2027488215242825775",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 28 13:34:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@SamaHoole Doctor: \"Your cholesterol is 250 on carnivore. Very concerning.\"\n\nSama Hoole: https://t.co/MKeatIEeZ4",
      "lang" : "en",
      "in_reply_to_screen_name" : "SamaHoole",
      "in_reply_to_user_id_str" : "2253756806",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/milahu104/status/2027739112069878026/photo/1",
            "indices" : [
              "89",
              "112"
            ],
            "url" : "https://t.co/MKeatIEeZ4",
            "media_url" : "http://pbs.twimg.com/media/HCP598CWMAAaGOK.jpg",
            "id_str" : "2027739099730161664",
            "id" : "2027739099730161664",
            "media_url_https" : "https://pbs.twimg.com/media/HCP598CWMAAaGOK.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "800",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "453",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1536",
                "h" : "1024",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/MKeatIEeZ4"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042499946983789"
          ],
          "editableUntil" : "2026-02-15T15:31:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042470280626395",
      "id_str" : "2023042499946983789",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042499946983789",
      "in_reply_to_status_id" : "2023042470280626395",
      "created_at" : "Sun Feb 15 14:31:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nDas Mordverbot ist scheinbar eine gute Idee, aber langfristig verlieren alle.",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042470280626395"
          ],
          "editableUntil" : "2026-02-15T15:31:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "259"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042404006392020",
      "id_str" : "2023042470280626395",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042470280626395",
      "in_reply_to_status_id" : "2023042404006392020",
      "created_at" : "Sun Feb 15 14:31:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nDie Opfertiere sagen: \"Wenn er es ernst meint, dann soll er kommen und uns töten, und nicht um Erlaubnis fragen.\" Aber das Problem ist, das ganze System kriminalisiert menschliche Räuber (radikale Menschen) und schützt Opfer.\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042404006392020"
          ],
          "editableUntil" : "2026-02-15T15:31:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042292198879741",
      "id_str" : "2023042404006392020",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042404006392020",
      "in_reply_to_status_id" : "2023042292198879741",
      "created_at" : "Sun Feb 15 14:31:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nDie Natur löst dieses Problem durch Räuber-Beute-Beziehungen, aber menschliche Räuber sind verboten (radikale Menschen, Serienkiller).\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042292198879741"
          ],
          "editableUntil" : "2026-02-15T15:30:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "280"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042242282447175",
      "id_str" : "2023042292198879741",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042292198879741",
      "in_reply_to_status_id" : "2023042242282447175",
      "created_at" : "Sun Feb 15 14:30:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nAuch die Lösungen, die die Meinungshüter als \"radikale Lösungen\" verkaufen, sind nur moderate Lösungen. (Overton-Fenster. Deutungshoheit. Wer definiert? Alles ist relativ. Beispiel: AFD ist moderat, aber gilt in der Öffentlichkeit als \"radikal\".)\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042242282447175"
          ],
          "editableUntil" : "2026-02-15T15:30:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042107167150267",
      "id_str" : "2023042242282447175",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042242282447175",
      "in_reply_to_status_id" : "2023042107167150267",
      "created_at" : "Sun Feb 15 14:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nRadikale Lösungen werden aggressiv totzensiert, weil radikale Lösungen sollen privat bleiben (Geheimgesellschaften, Verschwörungen).\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042107167150267"
          ],
          "editableUntil" : "2026-02-15T15:29:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042064934711521",
      "id_str" : "2023042107167150267",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042107167150267",
      "in_reply_to_status_id" : "2023042064934711521",
      "created_at" : "Sun Feb 15 14:29:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nDie Meinungshüter der Öffentlichkeit erlauben nur moderate Lösungen in der Öffentlichkeit (Journalisten, Verleger, Moderatoren, Zensoren).\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042064934711521"
          ],
          "editableUntil" : "2026-02-15T15:29:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "304"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023042002217320926",
      "id_str" : "2023042064934711521",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042064934711521",
      "in_reply_to_status_id" : "2023042002217320926",
      "created_at" : "Sun Feb 15 14:29:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nDas ist so, als würde man ein Opfertier (Pflanzenfresser) fragen, wie es die Übervölkerung und Degeneration seiner Herde lösen will, aber das Opfertier schaltet sofort in den Panikmodus (\"der will mich töten\") und läuft weg, zurück zu seiner Herde (safety in numbers)...\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023042002217320926"
          ],
          "editableUntil" : "2026-02-15T15:29:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023041953194287198",
      "id_str" : "2023042002217320926",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023042002217320926",
      "in_reply_to_status_id" : "2023041953194287198",
      "created_at" : "Sun Feb 15 14:29:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nRadikale Probleme brauchen radikale Lösungen, aber radikale Menschen werden systematisch zensiert oder ignoriert, und alle wundern sich warum alles scheisse bleibt.\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023041953194287198"
          ],
          "editableUntil" : "2026-02-15T15:29:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023041892968247523",
      "id_str" : "2023041953194287198",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023041953194287198",
      "in_reply_to_status_id" : "2023041892968247523",
      "created_at" : "Sun Feb 15 14:29:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nDie Täter können sich \"unschuldig\" fühlen, und die Opfer können sich \"schlau\" fühlen. Und ich als radikaler Mensch stehe über diesem Konflikt und denke mir \"seid ihr alle zu blöd zum Leben?\"\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023041892968247523"
          ],
          "editableUntil" : "2026-02-15T15:29:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023041839323115914",
      "id_str" : "2023041892968247523",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023041892968247523",
      "in_reply_to_status_id" : "2023041839323115914",
      "created_at" : "Sun Feb 15 14:29:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nPestizide, Fluorid, \"Erneuerbare Energien\", Elektroautos, Migranten-Invasion, Psychokrieg, ... weil wenn man die Menschen nicht direkt töten kann (radikal), dann muss man die Menschen indirekt töten (moderat, heimlich).\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023041839323115914"
          ],
          "editableUntil" : "2026-02-15T15:28:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "297"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023041753897738313",
      "id_str" : "2023041839323115914",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023041839323115914",
      "in_reply_to_status_id" : "2023041753897738313",
      "created_at" : "Sun Feb 15 14:28:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest ...\n\nModerate Menschen sagen: \"Menschen töten ist zu radikal, lass uns vorher noch eine Million moderate Lösungen probieren...\" Und so entstehen so moderate Lösungen wie: Nacktheits-Tabu, Sex-Tabu, Schwangerschafts-Verhütungsmittel, Junk Food, Schulmedizin, Impfungen,\n\n...",
      "lang" : "de",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023041753897738313"
          ],
          "editableUntil" : "2026-02-15T15:28:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "whoaremyfriends",
            "indices" : [
              "258",
              "274"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zertifikatsmaurer Aron Pielka",
            "screen_name" : "shlomo96",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1592241843453952003",
            "id" : "1592241843453952003"
          },
          {
            "name" : "Feroz Khan",
            "screen_name" : "achseostwest",
            "indices" : [
              "10",
              "23"
            ],
            "id_str" : "1600411627156807680",
            "id" : "1600411627156807680"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/GoQoKntsje",
            "expanded_url" : "https://milahu.github.io/alchi/src/whoaremyfriends/wersindmeinefreunde.html#radical-problems",
            "display_url" : "milahu.github.io/alchi/src/whoa…",
            "indices" : [
              "276",
              "299"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "299"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2023031412182430019",
      "id_str" : "2023041753897738313",
      "in_reply_to_user_id" : "1592241843453952003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023041753897738313",
      "in_reply_to_status_id" : "2023031412182430019",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 15 14:28:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@shlomo96 @achseostwest lies! noch ein kapitel aus meinem buch:\n\nRadikale Probleme\n\nDas Paradies auf Erden scheitert, weil moderate Menschen suchen moderate Lösungen für radikale Probleme (Übervölkerung, Degeneration, Naturzerstörung, Rohstoffmangel).\n\n...\n\n#whoaremyfriends\n\nhttps://t.co/GoQoKntsje",
      "lang" : "de",
      "in_reply_to_screen_name" : "shlomo96",
      "in_reply_to_user_id_str" : "1592241843453952003"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008980364111544349"
          ],
          "editableUntil" : "2026-01-07T20:13:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "whoaremyfriends",
            "indices" : [
              "70",
              "86"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/3U5tGOZqEF",
            "expanded_url" : "https://milahu.github.io/alchi/src/whoaremyfriends/whoaremyfriends.html",
            "display_url" : "milahu.github.io/alchi/src/whoa…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2006054692539756583",
      "id_str" : "2008980364111544349",
      "in_reply_to_user_id" : "1964312974236991488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008980364111544349",
      "in_reply_to_status_id" : "2006054692539756583",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jan 07 19:13:38 +0000 2026",
      "favorited" : false,
      "full_text" : "who are my friends?\n\nnobody has an answer to this simple question...\n\n#whoaremyfriends \n\nhttps://t.co/3U5tGOZqEF",
      "lang" : "en",
      "in_reply_to_screen_name" : "milahu104",
      "in_reply_to_user_id_str" : "1964312974236991488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006054692539756583"
          ],
          "editableUntil" : "2025-12-30T18:28:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "wersindmeinefreunde",
            "indices" : [
              "78",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/gMjOkoZMQ7",
            "expanded_url" : "https://milahu.github.io/alchi/src/whoaremyfriends/wersindmeinefreunde.html",
            "display_url" : "milahu.github.io/alchi/src/whoa…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "6",
      "id_str" : "2006054692539756583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006054692539756583",
      "possibly_sensitive" : false,
      "created_at" : "Tue Dec 30 17:28:04 +0000 2025",
      "favorited" : false,
      "full_text" : "wer sind meine freunde?\n\nkeiner hat eine antwort auf diese einfache frage...\n\n#wersindmeinefreunde\n\nhttps://t.co/gMjOkoZMQ7",
      "lang" : "de"
    }
  }
]