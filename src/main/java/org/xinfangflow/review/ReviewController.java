package org.xinfangflow.review;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfangflow.petition.DeadlineView;
import org.xinfangflow.petition.PetitionDetail;
import org.xinfangflow.petition.PetitionService;

/** 复查、复核与听证 (API.md). */
@RestController
@RequestMapping("/api/petitions/{number}")
class ReviewController {

  private final ReviewService reviews;
  private final PetitionService petitions;

  ReviewController(ReviewService reviews, PetitionService petitions) {
    this.reviews = reviews;
    this.petitions = petitions;
  }

  @PostMapping("/review-request")
  PetitionDetail reviewRequest(@PathVariable String number, @Valid @RequestBody(required = false) RequestFiled request) {
    reviews.requestReview(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/review-opinion")
  PetitionDetail reviewOpinion(@PathVariable String number, @Valid @RequestBody OpinionRequest request) {
    reviews.reviewOpinion(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/re-review-request")
  PetitionDetail reReviewRequest(@PathVariable String number,
      @Valid @RequestBody(required = false) RequestFiled request) {
    reviews.requestReReview(number, request);
    return petitions.detail(number);
  }

  @PostMapping("/hearing")
  DeadlineView hearing(@PathVariable String number, @Valid @RequestBody HearingRequest request) {
    return reviews.hearing(number, request);
  }

  @PostMapping("/re-review-opinion")
  PetitionDetail reReviewOpinion(@PathVariable String number, @Valid @RequestBody OpinionRequest request) {
    reviews.reReviewOpinion(number, request);
    return petitions.detail(number);
  }
}
